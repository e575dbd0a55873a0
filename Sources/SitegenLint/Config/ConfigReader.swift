import SitegenCore

/// Collects warnings while the `lint:` block is read, and converts loosely typed values.
struct ConfigReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func warn(_ message: String, hint: String? = nil) {
        diagnostics.append(.warning(message, at: SourceLocation(file: file), rule: "lint-config", hint: hint))
    }

    mutating func unknownKey(_ key: String, in parent: String, candidates: [String]) {
        let hint = Suggestion.nearest(to: key, in: candidates).map { "did you mean `\($0)`?" }
            ?? "known keys: " + candidates.sorted().joined(separator: ", ")
        warn("unknown key `\(key)` in `\(parent)`", hint: hint)
    }

    mutating func unknownRule(_ id: String, candidates: some Sequence<String>) {
        let hint = RuleRegistry.suggestion(for: id, among: candidates).map { "did you mean `\($0)`?" }
            ?? "run `sitegen lint --list-rules` for the rule ids"
        warn("unknown rule `\(id)` in `lint.rules`", hint: hint)
    }

    mutating func severity(_ value: MetaValue, key: String) -> Diagnostic.Severity? {
        guard let word = value.stringValue?.lowercased() else {
            warn("`\(key)` should be error, warning or note")
            return nil
        }
        if let severity = Diagnostic.Severity(rawValue: word) { return severity }
        if word == "info" { return .note }
        let names = Diagnostic.Severity.allCases.map(\.rawValue)
        let hint = Suggestion.nearest(to: word, in: names).map { "did you mean `\($0)`?" } ?? "use error, warning or note"
        warn("unknown severity `\(word)` for `\(key)`", hint: hint)
        return nil
    }

    mutating func scope(_ value: MetaValue, key: String) -> Set<LintScope>? {
        var result: Set<LintScope> = []
        let names = LintScope.allCases.map(\.rawValue)
        for word in value.stringList {
            if word == "all" || word == "everywhere" { return LintScope.everywhere }
            if let scope = LintScope(rawValue: word) {
                result.insert(scope)
            } else {
                let hint = Suggestion.nearest(to: word, in: names).map { "did you mean `\($0)`?" }
                    ?? "known scopes: " + names.joined(separator: ", ")
                warn("unknown scope `\(word)` in `\(key)`", hint: hint)
            }
        }
        return result.isEmpty ? nil : result
    }

    mutating func stringList(_ value: MetaValue, key: String) -> [String] {
        if case .list(let items) = value, items.contains(where: { $0.stringValue == nil }) {
            warn("`\(key)` should be a list of strings")
        }
        return value.stringList
    }

    mutating func string(_ value: MetaValue, key: String) -> String? {
        guard let text = value.stringValue else {
            warn("`\(key)` should be a string")
            return nil
        }
        return text
    }

    /// A value as YAML-ish text for hints.
    static func render(_ value: MetaValue) -> String {
        switch value {
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(render(map[$0] ?? .null))" }.joined(separator: ", ") + "}"
        case .null: return "null"
        default: return value.stringValue ?? ""
        }
    }
}
