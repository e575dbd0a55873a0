import Foundation
import SitegenCore

/// `path:line:col: severity: message [rule]` per finding, hint and related places indented below,
/// then a summary line; coloured when `options.color` is set.
public struct TextReporter: LintReporter {
    /// Shared settings.
    public var options: ReportOptions

    /// Creates the reporter.
    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The text report.
    public func report(_ result: LintResult) -> String {
        var out = ""
        for finding in result.findings {
            out += headline(finding) + "\n"
            if let hint = finding.hint {
                out += "  " + paint("hint:", .dim) + " " + hint.replacingOccurrences(of: "\n", with: "\n        ") + "\n"
            }
            for related in finding.related {
                out += "  " + paint("related:", .dim) + " \(related.location): \(related.message)\n"
            }
        }
        out += paint(Self.summary(result), .bold) + "\n"
        return out
    }

    private func headline(_ finding: LintFinding) -> String {
        var text = ""
        if let location = finding.location { text += paint("\(location):", .bold) + " " }
        let color: ANSI = finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .cyan
        text += paint("\(finding.severity.rawValue):", color) + " " + finding.message + " " + paint("[\(finding.ruleID)]", .dim)
        return text
    }

    /// "2 errors, 1 warning in 1 file" (notes, suppressed and baselined counts added when not zero).
    public static func summary(_ result: LintResult) -> String {
        guard !result.findings.isEmpty else {
            return "no findings in \(plural(result.filesChecked, "file")) checked" + extras(result)
        }
        var parts = [plural(result.count(.error), "error"), plural(result.count(.warning), "warning")]
        if result.count(.note) > 0 { parts.append(plural(result.count(.note), "note")) }
        return parts.joined(separator: ", ") + " in \(plural(result.filesWithFindings, "file"))" + extras(result)
    }

    private static func extras(_ result: LintResult) -> String {
        var extras: [String] = []
        if result.suppressed > 0 { extras.append("\(result.suppressed) suppressed") }
        if result.baselined > 0 { extras.append("\(result.baselined) in baseline") }
        return extras.isEmpty ? "" : " (" + extras.joined(separator: ", ") + ")"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private enum ANSI: String {
        case red = "31", yellow = "33", cyan = "36", bold = "1", dim = "2"
    }

    private func paint(_ text: String, _ code: ANSI) -> String {
        options.color ? "\u{1B}[\(code.rawValue)m\(text)\u{1B}[0m" : text
    }
}
