extension Grammars {
    /// YAML, after KDE's yaml.xml: keys are functions, punctuation keywords, plain values attributes.
    static let yaml: Grammar = {
        typealias K = GrammarKit
        let comment = Rule(.literal("#"), .comment, .push("comment"), notAfter: K.nonBlankASCII)
        let key = Rule(.yamlKey, .function)
        return Grammar(name: "yaml", aliases: ["yml"], states: [
            "root": Grammar.State([
                comment,
                Rule(.literals(["---", "..."]), .comment, at: .lineStart),
                Rule(.literal("- "), .keyword, .push("item"), at: .firstNonBlank),
                Rule(.literal("\""), .function, .push("dq-key"), at: .firstNonBlank),
                Rule(key.pattern, .function, at: .firstNonBlank),
                Rule(.literal(":"), .keyword, .push("value")),
                Rule(.literal("-"), .keyword, .push("value"), at: .firstNonBlank),
            ], fallback: .attribute),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "item": Grammar.State([
                key.popping, Rule(.empty, .normal, .popPush("value")),
            ], popsAtLineEnd: true),
            "dq-key": K.string(close: "\"", .function),
            "value": Grammar.State([
                comment,
                Rule(.literal("\""), .string, .push("dq")), Rule(.literal("'"), .string, .push("sq")),
                Rule(.literal("["), .keyword, .push("flow")), Rule(.literal("{"), .keyword, .push("flow-map")),
                Rule(.words(K.words("true false yes no on off null True False TRUE FALSE Null NULL ~")), .char,
                     notFollowedBy: nil).wholeValue,
                Rule(.number, .normal).wholeValue,
                Rule(.prefixed("&"), .specialChar), Rule(.prefixed("*"), .specialChar), Rule(.prefixed("!"), .dataType),
                Rule(.literals(["|-", "|+", ">-", ">+", "|", ">"]), .keyword).wholeValue,
            ], fallback: .attribute, popsAtLineEnd: true),
            "flow": Grammar.State([
                Rule(.literal("]"), .keyword, .pop), Rule(.literal(","), .keyword),
                Rule(.literal("\""), .string, .push("dq")), Rule(.literal("'"), .string, .push("sq")),
                Rule(.literal("["), .keyword, .push("flow")), Rule(.literal("{"), .keyword, .push("flow-map")),
                Rule(.number, .normal).wholeValue,
            ], fallback: .attribute),
            "flow-map": Grammar.State([
                Rule(.literal("}"), .keyword, .pop), Rule(.literals([",", ":"]), .keyword),
                Rule(.literal("\""), .string, .push("dq")), Rule(.literal("'"), .string, .push("sq")),
                Rule(.literal("["), .keyword, .push("flow")), Rule(.literal("{"), .keyword, .push("flow-map")),
            ], fallback: .attribute),
            "dq": K.string(close: "\"", .string, multiline: true),
            "sq": Grammar.State([Rule(.literal("''"), .string), Rule(.literal("'"), .string, .pop)], fallback: .string),
        ], identifierExtras: "-.")
    }()

    /// JSON: keys are data types, object punctuation functions, array punctuation other (as pandoc shows).
    static let json: Grammar = {
        typealias K = GrammarKit
        let scalars: [Rule] = [
            Rule(.literal("\""), .string, .push("string")),
            K.keywords("true false null", .keyword),
            Rule(.number, .normal),
            Rule(.literal("{"), .function, .push("object")), Rule(.literal("["), .other, .push("array")),
        ]
        return Grammar(name: "json", aliases: ["jsonc", "json5", "geojson", "ipynb"], states: [
            "root": Grammar.State(scalars),
            "object": Grammar.State([
                Rule(.literal("}"), .function, .pop), Rule(.literal(","), .function),
                Rule(.literal("\""), .dataType, .push("key")), Rule(.literal(":"), .function, .push("value")),
            ]),
            "key": K.string(close: "\"", .dataType),
            "value": Grammar.State([
                Rule(.empty, .normal, .pop, followedBy: ","), Rule(.empty, .normal, .pop, followedBy: "}"),
                Rule(.literal("{"), .function, .popPush("object")), Rule(.literal("["), .other, .popPush("array")),
            ] + scalars),
            "array": Grammar.State([Rule(.literal("]"), .other, .pop), Rule(.literal(","), .other)] + scalars),
            "string": K.string(close: "\"", .string),
        ])
    }()

    /// TOML, after KDE's toml.xml: keys are data types, table headers keywords.
    static let toml: Grammar = {
        typealias K = GrammarKit
        let values: [Rule] = [
            Rule(.literal("#"), .comment, .push("comment")),
            Rule(.literal("\"\"\""), .string, .push("string3")), Rule(.literal("\""), .string, .push("string")),
            Rule(.literal("'''"), .string, .push("literal3")), Rule(.literal("'"), .string, .push("literal")),
            K.keywords("true false inf nan", .constant),
            Rule(.number, .normal),
            Rule(.literal("{"), .operator, .push("inline-table")),
            Rule(.oneOf("[],="), .operator),
        ]
        return Grammar(name: "toml", states: [
            "root": Grammar.State([
                Rule(.literal("#"), .comment, .push("comment")),
                Rule(.literals(["[[", "["]), .keyword, .push("header"), at: .firstNonBlank),
                Rule(.identifier, .dataType, at: .firstNonBlank),
                Rule(.literal("."), .keyword),
            ] + values),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "header": Grammar.State([
                Rule(.literals(["]]", "]"]), .keyword, .pop), Rule(.literal("."), .keyword), Rule(.identifier, .dataType),
            ], popsAtLineEnd: true),
            "inline-table": Grammar.State([
                Rule(.literal("}"), .operator, .pop), Rule(.identifier, .dataType, followedBy: "="),
                Rule(.literal(","), .operator),
            ] + values),
            "string": K.string(close: "\"", .string),
            "string3": K.string(close: "\"\"\"", .string, multiline: true),
            "literal": Grammar.State([Rule(.literal("'"), .string, .pop)], fallback: .verbatimString, popsAtLineEnd: true),
            "literal3": Grammar.State([Rule(.literal("'''"), .string, .pop)], fallback: .verbatimString),
        ], identifierExtras: "-")
    }()
}

extension GrammarKit {
    /// Printable ASCII other than blanks: a YAML comment needs a blank (or the line start) before its `#`.
    static let nonBlankASCII = String(String.UnicodeScalarView((33...126).compactMap(UnicodeScalar.init)))
}

extension Rule {
    /// This rule when its match is the whole rest of the value (only blanks or a comment may follow).
    var wholeValue: Rule {
        var rule = self
        rule.endsValue = true
        return rule
    }

    /// This rule, leaving the state after it matches.
    var popping: Rule {
        var rule = self
        rule.action = .pop
        return rule
    }
}
