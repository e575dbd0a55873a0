import SitegenCore

/// The output formats of `sitegen lint`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Human-readable lines and a summary.
    case text
    /// One JSON document.
    case json
    /// JSON Lines: one finding per line.
    case jsonl
    /// SARIF 2.1.0.
    case sarif
    /// GitHub Actions workflow commands.
    case github
    /// Checkstyle XML.
    case checkstyle

    /// The reporter for this format.
    public func reporter(options: ReportOptions) -> any LintReporter {
        switch self {
        case .text: return TextReporter(options: options)
        case .json: return JSONReporter()
        case .jsonl: return JSONReporter(lines: true)
        case .sarif: return SARIFReporter(options: options)
        case .github: return GitHubReporter()
        case .checkstyle: return CheckstyleReporter()
        }
    }
}

/// One requested report: a format and where it goes (nil: standard output).
public struct ReportSpec: Sendable, Hashable {
    /// The format.
    public var format: ReportFormat
    /// A file path, or nil for standard output.
    public var path: String?

    /// Creates a spec.
    public init(format: ReportFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    /// Parses `--format` values: comma-separated `FORMAT` or `FORMAT=PATH` items, e.g. `text,sarif=lint.sarif`.
    /// `-` as the path means standard output. Throws a diagnostic naming the nearest format for typos.
    public static func parse(_ values: [String]) throws(Diagnostic) -> [ReportSpec] {
        var specs: [ReportSpec] = []
        for item in values.flatMap({ $0.split(separator: ",") }) {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            let name = parts[0].lowercased()
            guard let format = ReportFormat(rawValue: name) ?? (name == "json-lines" || name == "ndjson" ? .jsonl : nil) else {
                let names = ReportFormat.allCases.map(\.rawValue)
                let hint = Suggestion.nearest(to: name, in: names).map { "did you mean `\($0)`?" }
                    ?? "formats: " + names.joined(separator: ", ")
                throw Diagnostic.error("unknown report format `\(name)`", rule: "usage", hint: hint)
            }
            let path = parts.count > 1 && !parts[1].isEmpty && parts[1] != "-" ? parts[1] : nil
            specs.append(ReportSpec(format: format, path: path))
        }
        return specs.isEmpty ? [ReportSpec(format: .text)] : specs
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }).trimmingTrailingSpaces
    }
}
