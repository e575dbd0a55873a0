extension Grammars {
    /// R, after KDE's r.xml: calls are functions, named arguments attributes, operators special characters.
    static let r: Grammar = {
        typealias K = GrammarKit
        let root: [Rule] = [
            Rule(.literal("#"), .comment, .push("comment")),
            Rule(.literal("\""), .string, .push("dq")), Rule(.literal("'"), .string, .push("sq")),
            Rule(.literal("`"), .normal, .push("backtick")),
            K.keywords("function if else for in while repeat", .controlFlow),
            K.keywords("""
                TRUE FALSE NA NULL Inf NaN NA_integer_ NA_real_ NA_character_ NA_complex_ T F
                """, .constant),
            K.keywords("break next", .controlFlow),
            Rule(.identifier, .function, followedBy: "("),
            Rule(.identifier, .attribute, followedBy: "=", takesFollower: true, notFollowedBy: "="),
            Rule(.identifier, .normal),
            Rule(.number, .normal),
            Rule(.literals(["<<-", "->>", "<-", "->"]), .other),
            Rule(.between("%", "%"), .specialChar),
            K.operators("+-*/^~$@=<>!&|:?", .specialChar),
        ]
        return Grammar(name: "r", aliases: ["rscript", "splus", "rlang"], states: [
            "root": Grammar.State(root),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "dq": K.string(close: "\"", .string, multiline: true),
            "sq": K.string(close: "'", .string, multiline: true),
            "backtick": Grammar.State([Rule(.literal("`"), .normal, .pop)]),
        ], identifierExtras: ".", identifierStarts: ".", numberSuffixes: "Li")
    }()
}
