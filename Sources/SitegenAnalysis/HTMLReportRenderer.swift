import SitegenCore

/// Renders a report as one self-contained HTML page (inline CSS, no scripts, no external requests): summary,
/// site-wide tables, then per document its scores, section-similarity heatmap, rewrites side by side with the
/// aligned sentences highlighted, claim graph and findings. All text is escaped with `HTML.escape`.
public enum HTMLReportRenderer {
    /// The report as an HTML page.
    public static func render(_ report: AnalysisReport, title: String = "sitegen analysis") -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTML.escape(title))</title>\n<style>\(HTMLReportStyle.css)</style>\n</head>\n<body>\n"
            + "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\">\(ClaimGraphSVG.markerDefinition)</svg>\n"
        out += "<header><h1>\(HTML.escape(title))</h1>\n<p>\(report.documents.count) documents, "
            + "\(report.findings.count) findings, \(report.rewriteClusters.count) rewrite clusters</p></header>\n<main>\n"
        out += HTMLReportTables.findingKinds(report)
        out += HTMLReportTables.sources(report)
        out += HTMLReportTables.documents(report)
        out += siteClaims(report)
        var byDocument: [String: [Finding]] = [:]
        for finding in report.findings { byDocument[finding.documentID, default: []].append(finding) }
        for (index, document) in report.documents.enumerated() {
            out += HTMLDocumentSection.render(document, index: index, findings: byDocument[document.id] ?? [])
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    private static func siteClaims(_ report: AnalysisReport) -> String {
        guard !report.claimGraph.isEmpty else { return "" }
        var out = "<section id=\"claims\"><h2>Claim graph (all documents)</h2>\n"
        let repeated = report.claimGraph.edges.filter { $0.count > 1 || $0.documents.count > 1 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.from, $0.to) < ($1.from, $1.to) }
        let labels = Dictionary(report.claimGraph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        out += "<p>\(report.claimGraph.nodes.count) claim nodes, \(report.claimGraph.edges.count) edges; "
            + "\(repeated.count) edges stated more than once.</p>\n"
        if !repeated.isEmpty {
            out += "<table><thead><tr><th>cause</th><th>effect</th><th>statements</th><th>documents</th></tr></thead><tbody>\n"
            for edge in repeated.prefix(50) {
                out += "<tr><td>\(HTML.escape(labels[edge.from] ?? edge.from))</td><td>\(HTML.escape(labels[edge.to] ?? edge.to))</td>"
                    + "<td class=\"num\">\(edge.count)</td><td>\(HTML.escape(edge.documents.joined(separator: ", ")))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        if report.claimGraph.nodes.count <= 60 { out += "<div class=\"figure\">\(ClaimGraphSVG.svg(report.claimGraph, definesMarker: false))</div>\n" }
        return out + "</section>\n"
    }
}
