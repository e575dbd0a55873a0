import Foundation
import SitegenCore

/// Writes to stdout/stderr, with colour only when the stream is a terminal and NO_COLOR is unset.
enum Terminal {
    /// True when stderr is an interactive terminal.
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1
    /// True when stdout is an interactive terminal.
    static let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
    private static let colourAllowed = ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A diagnostic as the one-line shape plus its hint, coloured for a terminal.
    static func format(_ d: Diagnostic, colour: Bool) -> String {
        guard colour && colourAllowed else { return d.description }
        let code = d.severity == .error ? "31" : d.severity == .warning ? "33" : "36"
        var text = d.headline.replacingOccurrences(of: "\(d.severity.rawValue):", with: "\u{1B}[1;\(code)m\(d.severity.rawValue):\u{1B}[0m")
        if let hint = d.hint { text += "\n  \u{1B}[2mhint:\u{1B}[0m " + hint }
        for related in d.related { text += "\n  \(related.location): note: \(related.message)" }
        return text
    }

    /// How many diagnostics of one rule are printed unless the command is asked for all of them.
    static let defaultPerRule = 25

    /// Prints diagnostics to stderr, sorted by place; past `perRule` of one rule (nil: no limit), only a count
    /// is printed, so a site with thousands of the same warning stays readable. `showAll` names the option
    /// that prints the rest, in the count line.
    static func report(_ diagnostics: [Diagnostic], perRule: Int? = defaultPerRule, showAll: String? = nil) {
        for line in lines(diagnostics, perRule: perRule, showAll: showAll, colour: stderrIsTTY) { err(line) }
    }

    /// The lines `report` prints.
    static func lines(_ diagnostics: [Diagnostic], perRule: Int?, showAll: String?, colour: Bool) -> [String] {
        let sorted = diagnostics.sorted {
            ($0.location ?? SourceLocation(file: ""), $0.message) < ($1.location ?? SourceLocation(file: ""), $1.message)
        }
        let limit = perRule ?? Int.max
        var lines: [String] = []
        var shown: [String: Int] = [:]
        for d in sorted {
            let key = d.ruleID ?? "-"
            shown[key, default: 0] += 1
            if shown[key]! <= limit { lines.append(format(d, colour: colour)) }
        }
        for (rule, count) in shown.sorted(by: { $0.key < $1.key }) where count > limit {
            let how = showAll.map { " (\($0) shows them)" } ?? ""
            lines.append("… and \(count - limit) more [\(rule)]\(how)")
        }
        return lines
    }

    /// Prints a failure: its diagnostics, then the context chain.
    static func report(_ error: SitegenError, perRule: Int? = defaultPerRule, showAll: String? = nil) {
        report(error.diagnostics, perRule: perRule, showAll: showAll)
        let prefix = stderrIsTTY && colourAllowed ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: "
        err(prefix + error.description)
    }
}
