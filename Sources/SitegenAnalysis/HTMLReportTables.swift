import SitegenCore

/// The site-wide tables of the HTML report.
enum HTMLReportTables {
    static func findingKinds(_ report: AnalysisReport) -> String {
        var out = "<section id=\"summary\"><h2>Findings by kind</h2><table><thead><tr><th>kind</th><th>findings</th>"
            + "<th>documents</th></tr></thead><tbody>\n"
        for kind in FindingKind.allCases {
            let findings = report.findings(of: kind)
            out += "<tr><td>\(kind.rawValue)</td><td class=\"num\">\(findings.count)</td>"
                + "<td class=\"num\">\(Set(findings.map(\.documentID)).count)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    static func sources(_ report: AnalysisReport) -> String {
        var out = "<section id=\"sources\"><h2>Sources, most repetitive first</h2><table><thead><tr><th>source</th>"
            + "<th>documents</th><th>mean repetition</th><th>mean template</th><th>findings</th></tr></thead><tbody>\n"
        for source in report.sources {
            let total = source.findingCounts.values.reduce(0, +)
            out += "<tr><td>\(HTML.escape(source.source))</td><td class=\"num\">\(source.documentCount)</td>"
                + "<td class=\"score\">\(bar(source.meanRepetition))</td><td class=\"score\">\(bar(source.meanTemplate))</td><td class=\"num\">\(total)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    static func documents(_ report: AnalysisReport) -> String {
        var out = "<section id=\"documents\"><h2>Documents, most repetitive first</h2><table><thead><tr><th>document</th>"
            + "<th>words</th><th>repetition</th><th>template</th><th>findings</th></tr></thead><tbody>\n"
        let ranked = report.documents.enumerated().sorted {
            let a = $0.element.scores.repetition + $0.element.scores.template
            let b = $1.element.scores.repetition + $1.element.scores.template
            return a != b ? a > b : $0.offset < $1.offset
        }
        for (index, document) in ranked {
            let name = document.title.isEmpty ? document.id : document.title
            out += "<tr><td><a href=\"#doc-\(index + 1)\">\(HTML.escape(name))</a></td><td class=\"num\">\(document.wordCount)</td>"
                + "<td class=\"score\">\(bar(document.scores.repetition))</td><td class=\"score\">\(bar(document.scores.template))</td>"
                + "<td class=\"num\">\(document.findingCounts.values.reduce(0, +))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    static func bar(_ value: Double) -> String {
        "<span class=\"bar\" style=\"width:\(Int((max(0, min(1, value)) * 80).rounded()))px\"></span> \(Rounding.format(value))"
    }
}
