import Foundation
import SitegenCore

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), errors first.
///
/// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; the rest are printed as plain
/// `path:line:col: severity: message [rule]` lines so nothing is lost, followed by a summary that says so.
public struct GitHubReporter: LintReporter {
    /// Annotations GitHub shows per step for each level.
    public static let annotationsPerLevel = 10

    /// Creates the reporter.
    public init() {}

    /// The workflow commands, overflow lines and summary.
    public func report(_ result: LintResult) -> String {
        var out = ""
        var overflow: [LintFinding] = []
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            let findings = result.findings.filter { $0.severity == severity }
            for finding in findings.prefix(Self.annotationsPerLevel) { out += Self.command(finding) + "\n" }
            overflow += findings.dropFirst(Self.annotationsPerLevel)
        }
        if !overflow.isEmpty {
            out += "sitegen lint: GitHub shows \(Self.annotationsPerLevel) annotations per level and step; "
                + "\(overflow.count) more \(overflow.count == 1 ? "finding" : "findings") follow as plain lines:\n"
            for finding in overflow { out += finding.diagnostic.headline + "\n" }
        }
        out += "sitegen lint: " + TextReporter.summary(result) + "\n"
        return out
    }

    /// One `::level props::message` command.
    static func command(_ finding: LintFinding) -> String {
        var properties: [String] = []
        if let location = finding.location {
            properties.append("file=" + escapeProperty(location.file))
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.line > 0 && location.column > 0 { properties.append("col=\(location.column)") }
        }
        properties.append("title=" + escapeProperty(finding.ruleID))
        var message = finding.message
        if let hint = finding.hint { message += "\nhint: " + hint }
        return "::\(level(finding.severity)) " + properties.joined(separator: ",") + "::" + escapeData(message)
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// Message escaping: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Property escaping: as for messages, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
