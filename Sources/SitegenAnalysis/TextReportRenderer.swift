/// Renders a report as plain text: a ranked summary (sources and documents, most repetitive first), the rewrite
/// clusters, then every finding as a diagnostic line.
public enum TextReportRenderer {
    /// The report as text.
    public static func render(_ report: AnalysisReport) -> String {
        var out = headline(report) + "\n"
        out += sources(report)
        out += documents(report)
        out += clusters(report)
        if !report.findings.isEmpty {
            out += "\nfindings:\n"
            for finding in report.findings { out += finding.diagnostic.description + "\n" }
        }
        return out
    }

    /// One line: documents, findings by kind, and how many documents were reported.
    public static func headline(_ report: AnalysisReport) -> String {
        let kinds = FindingKind.allCases.compactMap { kind -> String? in
            let n = report.findings(of: kind).count
            return n > 0 ? "\(n) \(kind.rawValue)" : nil
        }
        let documents = report.documents.count
        var line = "analysed \(documents) \(documents == 1 ? "document" : "documents"): "
        guard !report.findings.isEmpty else { return line + "no findings" }
        let reported = Set(report.findings.map(\.documentID)).count
        line += "\(report.findings.count) \(report.findings.count == 1 ? "finding" : "findings") in \(reported) of \(documents)"
        return line + " (\(kinds.joined(separator: ", ")))"
    }

    private static func sources(_ report: AnalysisReport) -> String {
        guard report.sources.count > 1 || report.sources.contains(where: { !$0.repeatedPhrases.isEmpty }) else { return "" }
        var out = "\nsources (most repetitive first):\n"
        for source in report.sources {
            out += "  repetition \(Rounding.format(source.meanRepetition))  template \(Rounding.format(source.meanTemplate))  "
                + "\(source.documentCount) documents  \(source.source)\n"
            if !source.repeatedPhrases.isEmpty {
                let shown = source.repeatedPhrases.prefix(6).map { "“\($0.text)” \($0.documents)" }.joined(separator: ", ")
                out += "      repeated phrases (posts; \(source.flaggedDocuments) posts reported): \(shown)\n"
            }
        }
        return out
    }

    private static func documents(_ report: AnalysisReport) -> String {
        let ranked = report.documents.sorted {
            let a = $0.scores.repetition + $0.scores.template, b = $1.scores.repetition + $1.scores.template
            return a != b ? a > b : $0.id < $1.id
        }
        var out = "\ndocuments (most repetitive first):\n"
        for document in ranked {
            out += "  repetition \(Rounding.format(document.scores.repetition))  template \(Rounding.format(document.scores.template))  "
                + "\(document.id)"
            if !document.title.isEmpty, document.title != document.id { out += "  “\(document.title)”" }
            out += "\n"
            for explanation in document.scores.explanations where explanation.contribution > 0 {
                out += "      \(explanation.score): \(explanation.detail)\n"
            }
        }
        return out
    }

    private static func clusters(_ report: AnalysisReport) -> String {
        guard !report.rewriteClusters.isEmpty else { return "" }
        var out = "\nrewrite clusters:\n"
        for cluster in report.rewriteClusters {
            out += "  \(cluster.id): original \(cluster.original.documentID) “\(cluster.original.heading)” (\(cluster.original.location))\n"
            for copy in cluster.copies {
                let similarity = copy.similarity.map(Rounding.format) ?? "-"
                let coverage = copy.sentenceCoverage.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
                out += "      \(copy.mode ?? "copy") \(similarity), \(coverage) restated: \(copy.documentID) “\(copy.heading)” (\(copy.location))\n"
            }
        }
        return out
    }
}
