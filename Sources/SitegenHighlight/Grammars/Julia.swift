extension Grammars {
    /// Julia, after KDE's julia.xml: numbers are floats, calls functions, `::` types data types.
    static let julia: Grammar = {
        typealias K = GrammarKit
        let code: [Rule] = [
            Rule(.literal("#="), .comment, .push("block-comment")),
            Rule(.literal("#"), .comment, .push("comment")),
            Rule(.literal("\"\"\""), .string, .push("s3")),
            Rule(.literal("\""), .string, .push("dq")),
            Rule(.literals(["using", "import"]), .importKeyword, .push("modules")),
            K.keywords("for while if elseif else return break continue try catch finally", .controlFlow),
            K.keywords("""
                function end in struct const module begin let do quote macro mutable abstract primitive type where \
                global local baremodule export isa
                """, .keyword),
            K.keywords("true false nothing missing Inf NaN pi", .constant),
            Rule(.literal("@"), .preprocessor, .push("macro")),
            Rule(.literal("::"), .operator, .push("type")),
            Rule(.literal("<:"), .operator, .push("type")),
            Rule(.identifier, .function, followedBy: "("),
            Rule(.identifier, .normal),
            Rule(.number, .float),
            Rule(.literal("'"), .char, .push("char"), notAfter: "])}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'."),
            K.operators("=+-*/\\^%<>!&|:~.?$÷∈≤≥≠⊆∪∩"),
        ]
        var interpolation = code
        interpolation.insert(Rule(.literal(")"), .normal, .pop), at: 0)
        interpolation.insert(Rule(.literal("("), .normal, .push("paren")), at: 0)
        var paren = code
        paren.insert(Rule(.literal(")"), .normal, .pop), at: 0)
        paren.insert(Rule(.literal("("), .normal, .push("paren")), at: 0)
        let stringExtras = [
            Rule(.literal("$"), .specialChar, .push("interp-name")),
        ]
        return Grammar(name: "julia", aliases: ["jl"], states: [
            "root": Grammar.State(code),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "=#"),
            "s3": K.string(close: "\"\"\"", .string, multiline: true, extra: stringExtras),
            "dq": K.string(close: "\"", .string, multiline: true, extra: stringExtras),
            "char": K.string(close: "'", .char),
            "interp": Grammar.State(interpolation),
            "interp-name": Grammar.State([
                Rule(.literal("("), .normal, .popPush("interp")), Rule(.identifier, .normal, .pop),
                Rule(.empty, .normal, .pop),
            ]),
            "paren": Grammar.State(paren),
            "macro": Grammar.State([Rule(.identifier, .preprocessor, .pop), Rule(.empty, .normal, .pop)]),
            "modules": Grammar.State([
                Rule(.identifier, .builtIn), Rule(.literal(":"), .operator, .push("import-names")),
                Rule(.oneOf(";#"), .normal, .pop),
            ], popsAtLineEnd: true),
            "import-names": Grammar.State([Rule(.identifier, .normal)], popsAtLineEnd: true),
            "type": Grammar.State([
                Rule(.literal("{"), .dataType, .push("type-params")),
                Rule(.identifier, .dataType), Rule(.literal("."), .dataType), Rule(.empty, .normal, .pop),
            ], popsAtLineEnd: true),
            "type-params": Grammar.State([Rule(.literal("}"), .dataType, .pop), Rule(.literal("{"), .dataType, .push("type-params"))],
                                         fallback: .dataType),
        ], identifierExtras: "!", numberSuffixes: "")
    }()
}
