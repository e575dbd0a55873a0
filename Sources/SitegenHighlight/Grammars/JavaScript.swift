extension Grammars {
    /// JavaScript and TypeScript, after KDE's javascript.xml and typescript.xml: calls are functions, members
    /// attributes, template literals verbatim strings.
    static func ecmaScript(name: String, aliases: [String], typed: Bool) -> Grammar {
        typealias K = GrammarKit
        var code: [Rule] = [
            Rule(.literal("//"), .comment, .push("line-comment")),
            Rule(.literal("/*"), .comment, .push("block-comment")),
            Rule(.literal("\""), .string, .push("dq")),
            Rule(.literal("'"), .string, .push("sq")),
            Rule(.literal("`"), .verbatimString, .push("template")),
            Rule(.literal("."), .operator, .push("member"), notFollowedBy: "."),
            Rule(.literal("export type"), .importKeyword),
            K.keywords(typed ? "import from export default as" : "import from export default as", .importKeyword),
            K.keywords("for if continue return await else while do switch case break throw try catch finally", .controlFlow),
            K.keywords("""
                const let var function null of class this async new typeof true false instanceof in delete void \
                yield extends super static get set debugger with
                """ + (typed ? " interface private public protected readonly type enum declare constructor namespace abstract implements keyof is satisfies" : ""),
                .keyword),
            Rule(.literal("=>"), .keyword),
            K.keywords("""
                Array ArrayBuffer BigInt Boolean Date Error Function Infinity Intl JSON Map Math NaN Number Object \
                Promise Proxy Reflect RegExp Set String Symbol WeakMap WeakSet console document globalThis window \
                undefined
                """, .builtIn),
        ]
        if typed {
            code.append(K.keywords("number string boolean any void never unknown object bigint symbol", .dataType))
            code.insert(Rule(.literal("undefined"), .dataType), at: code.count - 2)
        }
        code += [
            Rule(.identifier, .function, followedBy: "("),
            Rule(.identifier, .normal),
            Rule(.number, .normal),
            K.operators("*;=,!&%/?:><+-|^~"),
        ]
        var expression = code
        expression.insert(Rule(.literal("{"), .normal, .push("braces")), at: 0)
        expression.insert(Rule(.literal("}"), .specialChar, .pop), at: 0)
        var braces = code
        braces.insert(Rule(.literal("{"), .normal, .push("braces")), at: 0)
        braces.insert(Rule(.literal("}"), .normal, .pop), at: 0)
        return Grammar(name: name, aliases: aliases, states: [
            "root": Grammar.State(code),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "dq": K.string(close: "\"", .string),
            "sq": K.string(close: "'", .string),
            "template": K.string(close: "`", .verbatimString, multiline: true, extra: [
                Rule(.literal("${"), .specialChar, .push("expression")),
            ]),
            "expression": Grammar.State(expression),
            "braces": Grammar.State(braces),
            "member": Grammar.State([
                Rule(.identifier, .function, .pop, followedBy: "("), Rule(.identifier, .attribute, .pop),
                Rule(.empty, .normal, .pop),
            ]),
        ], identifierExtras: "$", identifierStarts: "$", numberSuffixes: "n")
    }

    static let javascript = ecmaScript(
        name: "javascript", aliases: ["js", "mjs", "cjs", "node", "ojs", "observable", "jsx", "javascriptreact"],
        typed: false)
    static let typescript = ecmaScript(name: "typescript", aliases: ["ts", "tsx", "mts"], typed: true)
}
