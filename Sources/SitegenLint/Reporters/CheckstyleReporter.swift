import SitegenCore

/// Checkstyle XML (`<checkstyle><file name><error line column severity message source/></file></checkstyle>`),
/// which Jenkins, GitLab and reviewdog read.
public struct CheckstyleReporter: LintReporter {
    /// Creates the reporter.
    public init() {}

    /// The XML report.
    public func report(_ result: LintResult) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var byFile: [String: [LintFinding]] = [:]
        for finding in result.findings { byFile[finding.path, default: []].append(finding) }
        for path in byFile.keys.sorted() {
            out += "  <file name=\"\(Self.escape(path))\">\n"
            for finding in byFile[path] ?? [] { out += "    " + Self.element(finding) + "\n" }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    private static func element(_ finding: LintFinding) -> String {
        var attributes: [String] = []
        if let location = finding.location, location.line > 0 {
            attributes.append("line=\"\(location.line)\"")
            if location.column > 0 { attributes.append("column=\"\(location.column)\"") }
        }
        let severity = finding.severity == .note ? "info" : finding.severity.rawValue
        var message = finding.message
        if let hint = finding.hint { message += " (hint: \(hint))" }
        attributes += [
            "severity=\"\(severity)\"", "message=\"\(escape(message))\"", "source=\"sitegen.lint.\(escape(finding.ruleID))\"",
        ]
        return "<error " + attributes.joined(separator: " ") + "/>"
    }

    /// Escapes text for a double-quoted XML attribute, including line breaks and tabs (which attribute
    /// normalisation would otherwise turn into spaces) and characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
