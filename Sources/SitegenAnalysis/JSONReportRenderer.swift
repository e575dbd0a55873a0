import Foundation

/// Renders a report as pretty-printed JSON with sorted keys (the schema is in docs/analysis.md).
public enum JSONReportRenderer {
    /// The report as JSON.
    public static func render(_ report: AnalysisReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a report back from JSON.
    public static func decode(_ json: String) throws -> AnalysisReport {
        try JSONDecoder().decode(AnalysisReport.self, from: Data(json.utf8))
    }
}
