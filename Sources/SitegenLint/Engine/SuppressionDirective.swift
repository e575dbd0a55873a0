import SitegenCore

/// One `<!-- sitegen-lint ACTION [rule-id, …] -->` comment.
struct SuppressionDirective {
    /// What the comment does.
    enum Action: String, CaseIterable {
        case disable
        case enable
        case disableNextLine = "disable-next-line"
        case disableLine = "disable-line"
    }

    /// The prefix every directive starts with, inside the comment.
    static let keyword = "sitegen-lint"

    var action: Action
    /// The rule ids, or nil for every rule.
    var rules: Set<String>?
    /// The 1-based column of `<!--`.
    var column: Int

    /// Every directive on a line, in order.
    static func all(in line: String) -> [SuppressionDirective] {
        guard line.contains(keyword) else { return [] }
        var found: [SuppressionDirective] = []
        var rest = Substring(line)
        while let open = rest.range(of: "<!--"), let close = rest[open.upperBound...].range(of: "-->") {
            let body = rest[open.upperBound..<close.lowerBound]
            let column = line.unicodeScalars.distance(from: line.startIndex, to: open.lowerBound) + 1
            if let directive = parse(body, column: column) { found.append(directive) }
            rest = rest[close.upperBound...]
        }
        return found
    }

    private static func parse(_ body: Substring, column: Int) -> SuppressionDirective? {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        guard words.count >= 2, words[0] == keyword, let action = Action(rawValue: words[1]) else { return nil }
        let ids = Array(words.dropFirst(2))
        return SuppressionDirective(action: action, rules: ids.isEmpty ? nil : Set(ids), column: column)
    }

    /// Warnings for ids that name no rule, with the nearest real one.
    func unknownRules(_ known: Set<String>, at location: SourceLocation) -> [Diagnostic] {
        (rules ?? []).subtracting(known).sorted().map { id in
            let hint = RuleRegistry.suggestion(for: id, among: known).map { "did you mean `\($0)`?" }
                ?? "run `sitegen lint --list-rules` for the rule ids"
            return .warning("unknown rule `\(id)` in sitegen-lint comment", at: location, rule: "lint-directive", hint: hint)
        }
    }
}
