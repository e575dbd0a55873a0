import SitegenCore

/// One JSON document: every finding and a summary. With `lines: true`, JSON Lines: one finding per line.
public struct JSONReporter: LintReporter {
    /// True for JSON Lines.
    public var lines: Bool

    /// Creates the reporter.
    public init(lines: Bool = false) {
        self.lines = lines
    }

    /// The JSON or JSON Lines report.
    public func report(_ result: LintResult) -> String {
        if lines {
            return result.findings.map { Self.json($0).rendered(pretty: false) + "\n" }.joined()
        }
        let summary = JSONValue.object([
            ("errors", .int(result.count(.error))), ("warnings", .int(result.count(.warning))),
            ("notes", .int(result.count(.note))), ("files", .int(result.filesWithFindings)),
            ("checked", .int(result.filesChecked)), ("suppressed", .int(result.suppressed)),
            ("baselined", .int(result.baselined)),
        ])
        let root = JSONValue.object([
            ("version", .int(1)), ("findings", .array(result.findings.map(Self.json))), ("summary", summary),
        ])
        return root.rendered() + "\n"
    }

    static func json(_ finding: LintFinding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)), ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
        ]
        pairs += location(finding.location)
        if let hint = finding.hint { pairs.append(("hint", .string(hint))) }
        if !finding.related.isEmpty {
            pairs.append(("related", .array(finding.related.map { related in
                .object(location(related.location) + [("message", .string(related.message))])
            })))
        }
        pairs.append(("fingerprint", .string(finding.fingerprint)))
        return .object(pairs)
    }

    private static func location(_ location: SourceLocation?) -> [(String, JSONValue)] {
        guard let location else { return [] }
        return [("path", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))]
    }
}
