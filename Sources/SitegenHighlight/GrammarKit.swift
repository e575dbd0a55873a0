/// Small helpers that keep the grammar descriptions short.
enum GrammarKit {
    /// A word set from a space-separated list.
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// A rule matching one of the space-separated words.
    static func keywords(_ list: String, _ kind: TokenClass, _ action: Rule.Action = .none) -> Rule {
        Rule(.words(words(list)), kind, action)
    }

    /// A string body closed by `close`: escapes (`\x`) get `escapeClass`; `extra` rules come first.
    static func string(
        close: String, _ kind: TokenClass, escapeClass: TokenClass? = .specialChar, multiline: Bool = false,
        extra: [Rule] = []
    ) -> Grammar.State {
        var rules = extra
        if let escapeClass { rules.append(Rule(.escape, escapeClass)) }
        rules.append(Rule(.literal(close), kind, .pop))
        return Grammar.State(rules, fallback: kind, popsAtLineEnd: !multiline)
    }

    /// A block comment closed by `close`.
    static func comment(close: String, _ kind: TokenClass = .comment) -> Grammar.State {
        Grammar.State([Rule(.literal(close), kind, .pop)], fallback: kind)
    }

    /// A comment to the end of the line.
    static let lineComment = Rule(.rest, .comment)

    /// Operator characters as one run.
    static func operators(_ characters: String, _ kind: TokenClass = .operator) -> Rule {
        Rule(.run(characters), kind)
    }
}
