import SitegenCore

/// One document's part of the HTML report.
enum HTMLDocumentSection {
    static func render(_ document: DocumentReport, index: Int, findings: [Finding]) -> String {
        let name = document.title.isEmpty ? document.id : document.title
        var out = "<section id=\"doc-\(index + 1)\"><h2>\(HTML.escape(name))</h2>\n<p class=\"loc\">\(HTML.escape(document.id))"
            + " · \(HTML.escape(document.source))\(document.date.map { " · " + HTML.escape($0) } ?? "") · \(document.wordCount) words</p>\n"
        out += "<p>repetition \(HTMLReportTables.bar(document.scores.repetition)) &nbsp; template \(HTMLReportTables.bar(document.scores.template))</p>\n"
        if !document.scores.explanations.isEmpty {
            out += "<ul>" + document.scores.explanations.map {
                "<li>\(HTML.escape($0.score)): \(HTML.escape($0.detail)) <span class=\"loc\">[\($0.kind.rawValue)]</span></li>"
            }.joined() + "</ul>\n"
        }
        if let matrix = document.sectionSimilarity { out += heatmap(matrix) }
        out += rewrites(findings)
        if !document.claimGraph.isEmpty {
            out += "<h3>Claim graph</h3><div class=\"figure\">\(ClaimGraphSVG.svg(document.claimGraph, definesMarker: false))</div>\n"
        }
        out += list(findings)
        return out + "</section>\n"
    }

    private static func heatmap(_ matrix: SimilarityMatrix) -> String {
        var out = "<h3>Section similarity</h3><div class=\"figure\">\(SimilarityHeatmap.svg(matrix))</div>\n<ol class=\"legend\">"
        for section in matrix.sections {
            out += "<li>\(HTML.escape(section.heading))\(section.clusterID.map { " <span class=\"loc\">[\(HTML.escape($0))]</span>" } ?? "")</li>"
        }
        return out + "</ol>\n"
    }

    private static func rewrites(_ findings: [Finding]) -> String {
        let copies = findings.filter { $0.kind == .rewrittenSection }
        guard !copies.isEmpty else { return "" }
        var out = "<h3>Rewritten sections</h3>\n"
        for finding in copies {
            let original = finding.related.first { $0.role == "original" }
            out += "<details><summary>\(HTML.escape(finding.message))</summary>\n"
            if let original { out += "<p class=\"loc\">original: \(HTML.escape(original.location.description))</p>\n" }
            let pairs = finding.evidence.alignedSentences ?? []
            if !pairs.isEmpty {
                out += "<table class=\"pairs\"><thead><tr><th>this section</th><th>original</th></tr></thead><tbody>\n"
                for pair in pairs {
                    out += "<tr><td>\(SentenceHighlighter.highlight(pair.copy, sharedWith: pair.original))</td>"
                        + "<td>\(SentenceHighlighter.highlight(pair.original, sharedWith: pair.copy))</td></tr>\n"
                }
                out += "</tbody></table>\n"
            }
            if let terms = finding.evidence.sharedTerms, !terms.isEmpty {
                out += "<p>shared terms: \(HTML.escape(terms.joined(separator: ", ")))</p>\n"
            }
            out += "</details>\n"
        }
        return out
    }

    private static func list(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "<p>No findings.</p>\n" }
        var out = "<h3>Findings</h3>\n"
        for finding in findings {
            out += "<div class=\"finding\"><span class=\"sev-\(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
                + "<span class=\"loc\">\(HTML.escape(finding.location.description))</span> \(HTML.escape(finding.message)) "
                + "<span class=\"loc\">[\(finding.kind.rawValue)]</span></div>\n"
        }
        return out
    }
}
