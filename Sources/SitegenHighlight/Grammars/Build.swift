extension Grammars {
    /// Dockerfiles: instructions are keywords, the rest shell.
    static let dockerfile: Grammar = {
        typealias K = GrammarKit
        var states = shellStates(commandState: "root")
        let instructions = """
            FROM ARG ENV RUN WORKDIR COPY ADD EXPOSE CMD ENTRYPOINT LABEL USER VOLUME SHELL HEALTHCHECK ONBUILD \
            STOPSIGNAL MAINTAINER
            """
        let shell = shellRules.filter { rule in
            if case .identifier = rule.pattern, rule.position == .firstNonBlank { return false }
            if case .literals(let texts) = rule.pattern, texts == ["[", "]"] { return false }
            return true
        }
        states["root"] = Grammar.State([
            Rule(.literal("#"), .comment, .push("comment"), at: .firstNonBlank),
            Rule(.words(K.words("RUN CMD ENTRYPOINT")), .keyword, .push("command"), at: .firstNonBlank),
            Rule(.words(K.words(instructions)), .keyword, .push("arguments"), at: .firstNonBlank),
            Rule(.literal("&&"), .keyword, .push("command")),
            Rule(.literal("\\"), .operator),
        ] + shell)
        states["arguments"] = Grammar.State([
            Rule(.literal("\\"), .dataType), Rule(.literal("\""), .string, .push("dq")),
            Rule(.literal("'"), .string, .push("sq")), Rule(.prefixed("$"), .variable),
        ], popsAtLineEnd: true)
        states["command"] = Grammar.State([
            Rule(.run(" \t"), .normal),
            Rule(.words(shellWords), .function, .pop),
            Rule(.identifier, .extension, .pop),
            Rule(.empty, .normal, .pop),
        ])
        return Grammar(name: "dockerfile", aliases: ["docker", "containerfile"], states: states,
                       identifierExtras: "-", ignoresCase: false)
    }()

    /// Words the shell highlights itself; a Dockerfile command position leaves them to the shell rules.
    static let shellWords = GrammarKit.words("rm cp mv ls mkdir echo cd export set make cat chmod wget tar sed grep")

    /// Makefiles, after KDE's makefile.xml: targets are values, variables data types, functions keywords.
    static let makefile: Grammar = {
        typealias K = GrammarKit
        let functions = """
            subst patsubst strip findstring filter filter-out sort word words wordlist firstword lastword dir \
            notdir suffix basename addsuffix addprefix join wildcard realpath abspath if or and foreach file call \
            value eval origin flavor error warning info shell
            """
        let references: [Rule] = [
            Rule(.literals(["$(", "${"]), .char, .push("reference")),
            Rule(.literals(["$@", "$<", "$^", "$?", "$*", "$+", "$%", "$$"]), .char),
        ]
        let assignment = ["::=", ":=", "?=", "+=", "!=", "="]
        return Grammar(name: "makefile", aliases: ["make", "mk", "gnumake", "bsdmake"], states: [
            "root": Grammar.State([
                Rule(.literal("#"), .comment, .push("comment")),
                Rule(.literal("\t"), .normal, .push("recipe"), at: .lineStart),
                Rule(.literals([".PHONY:", ".SUFFIXES:", ".DEFAULT:", ".PRECIOUS:", ".INTERMEDIATE:", ".SECONDARY:",
                                ".DELETE_ON_ERROR:", ".ONESHELL:", ".SILENT:", ".NOTPARALLEL:"]),
                     .other, .push("prerequisites"), at: .lineStart),
                K.keywords("include ifeq ifneq ifdef ifndef else endif define endef export override -include", .keyword),
            ] + assignment.map { Rule(.identifier, .dataType, .push("assignment"), at: .lineStart, followedBy: $0) } + [
                Rule(.run("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./%$()"), .decimal,
                     .push("prerequisites"), followedBy: ":", takesFollower: true, notFollowedBy: "="),
            ] + references),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "assignment": Grammar.State([
                Rule(.literals(assignment), .char, .popPush("value")),
            ], fallback: .dataType),
            "value": Grammar.State([Rule(.literal("#"), .comment, .popPush("comment"))] + references,
                                   fallback: .string, popsAtLineEnd: true),
            "prerequisites": Grammar.State([Rule(.literal("#"), .comment, .popPush("comment"))] + references,
                                           fallback: .dataType, popsAtLineEnd: true),
            "recipe": Grammar.State([Rule(.literal("@"), .char, .popPush("quiet-recipe"))] + references,
                                    popsAtLineEnd: true),
            "quiet-recipe": Grammar.State(references, fallback: .function, popsAtLineEnd: true),
            "reference": Grammar.State([
                Rule(.oneOf(")}"), .char, .pop),
                Rule(.words(K.words(functions)), .keyword, .popPush("arguments")),
            ] + references, fallback: .dataType),
            "arguments": Grammar.State([
                Rule(.oneOf(")}"), .char, .pop), Rule(.literal(","), .keyword),
            ] + references, fallback: .string),
        ], identifierExtras: "-")
    }()

    /// Haskell, after KDE's haskell.xml: types and constructors are data types, Prelude functions functions.
    static let haskell: Grammar = {
        typealias K = GrammarKit
        return Grammar(name: "haskell", aliases: ["hs", "lhs"], states: [
            "root": Grammar.State([
                Rule(.literal("{-"), .comment, .push("block-comment")),
                Rule(.literal("--"), .comment, .push("comment"), notFollowedBy: nil),
                Rule(.literal("\""), .string, .push("string")),
                Rule(.charLiteral, .char),
                K.keywords("""
                    module where import qualified as data deriving do let if then else case of in type newtype class \
                    instance hiding infixl infixr infix forall mdo proc rec
                    """, .keyword),
                Rule(.identifier, .other, at: .firstNonBlank, followedBy: "::", takesFollower: true),
                Rule(.literal("import"), .keyword, .push("import")),
                Rule(.capitalized, .normal, followedBy: ".", takesFollower: true, notFollowedBy: " "),
                Rule(.capitalized, .dataType),
                K.keywords(prelude, .function),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
                Rule(.between("`", "`"), .other),
                Rule(.literals(["::", "->", "<-", "=>"]), .other), Rule(.literal("="), .other, notFollowedBy: "="),
                K.operators("!#$%&*+./<=>?@\\^|-~:"),
            ]),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "-}"),
            "import": Grammar.State([
                K.keywords("qualified as hiding", .keyword), Rule(.capitalized, .dataType), Rule(.literal("."), .dataType),
                Rule(.literal("("), .normal, .popPush("import-list")),
            ], popsAtLineEnd: true),
            "import-list": Grammar.State([Rule(.literal(")"), .normal, .pop)], popsAtLineEnd: true),
            "string": K.string(close: "\"", .string),
        ], identifierExtras: "'")
    }()

    private static let prelude = """
        abs all and any appendFile concat concatMap const curry cycle div drop dropWhile either elem error even \
        exp filter flip floor foldl foldr fromIntegral fst getLine head id init interact iterate last length \
        lines log lookup map mapM mapM_ max maximum min minimum mod negate not notElem null odd or pi print \
        product putStr putStrLn read readFile replicate return reverse round scanl sequence show snd span splitAt \
        sqrt sum tail take takeWhile truncate uncurry unlines until unwords unzip words writeFile zip zipWith \
        fmap pure sequence_ mconcat mempty foldMap traverse
        """
}
