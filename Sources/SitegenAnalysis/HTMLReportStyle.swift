/// The report page's stylesheet.
enum HTMLReportStyle {
    static let css = """
    body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
    header{background:#1f2a44;color:#fff;padding:1rem 2rem}header h1{margin:0 0 .25rem;font-size:1.5rem}
    main{padding:1rem 2rem;max-width:1200px}section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
    h2{font-size:1.2rem;margin-top:0}h3{font-size:1rem;margin-bottom:.4rem}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:#f3f4f6;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}td.score{white-space:nowrap}
    .bar{display:inline-block;height:.6rem;background:#c0392b;border-radius:3px;vertical-align:middle}
    .pairs td{width:50%;font-size:.92rem}mark{background:#ffe08a;padding:0 .1em}
    .finding{margin:.2rem 0;font-size:.92rem}.sev-warning{color:#a15c00}.sev-error{color:#b00020}.sev-note{color:#2c5d8f}
    .loc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;color:#555}
    .figure{overflow-x:auto}svg text{font-size:10px;fill:#333}svg.claims rect{fill:#eef3fb;stroke:#1f4e99}
    svg.claims path{fill:none;stroke:#555}svg.claims text{font-size:11px}details{margin:.4rem 0}summary{cursor:pointer}
    ol.legend{columns:2;font-size:.85rem}
    """
}
