extension Grammars {
    /// The rules of a shell command line, shared by `bash` and `console`.
    static let shellRules: [Rule] = {
        typealias K = GrammarKit
        return [
            Rule(.literal("#"), .comment, .push("comment"), notAfter: "$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_{"),
            Rule(.literal("\""), .string, .push("dq")),
            Rule(.literal("'"), .string, .push("sq")),
            Rule(.literal("$("), .variable, .push("subshell")),
            Rule(.literal("${"), .variable, .push("brace-var")),
            Rule(.literals(["$#", "$@", "$?", "$*", "$!", "$$", "$-"]), .variable),
            Rule(.prefixed("$"), .variable),
            Rule(.literal(";;"), .controlFlow),
            K.keywords("if then else elif fi for while until do done case esac select", .controlFlow),
            K.keywords("in function", .keyword),
            Rule(.literals(["&&", "||", "[[", "]]", "|", ";", "{", "}", ")"]), .keyword),
            K.keywords("""
                alias bg bind break builtin cd command compgen complete continue declare dirs disown echo enable eval \
                exec exit export false fc fg getopts hash help history jobs kill let local logout popd printf pushd \
                pwd read readonly return set shift shopt source suspend test times trap true type typeset ulimit \
                umask unalias unset wait
                """, .builtIn),
            Rule(.literals(["[", "]"]), .builtIn),
            K.keywords("""
                basename cat chmod chown cp cut date dirname du env find grep gzip head ln ls make mkdir mktemp mv \
                rm rmdir sed sleep sort tail tar tee touch tr uniq wc xargs awk less more diff which whoami tput \
                gunzip zcat sha256sum md5sum seq
                """, .function),
            Rule(.identifier, .function, followedBy: "()", takesFollower: true),
            Rule(.identifier, .variable, followedBy: "=", notFollowedBy: "="),
            Rule(.identifier, .extension, at: .firstNonBlank),
            Rule(.literals(["--", "-"]), .attribute, .push("option"), notAfter: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."),
            Rule(.identifier, .normal),
            Rule(.number, .decimal, followedBy: ">"),
            Rule(.literals(["*", "?"]), .preprocessor),
            Rule(.literals([">&", "&>", ">>", ":-", ":=", ":+", "=", ">", "<", "&"]), .operator),
            Rule(.literal("\\"), .specialChar),
        ]
    }()

    /// The states a shell line needs besides its root.
    static func shellStates(commandState: String) -> [String: Grammar.State] {
        typealias K = GrammarKit
        var subshell = shellRules
        subshell.insert(Rule(.literal(")"), .variable, .pop), at: 0)
        return [
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "dq": K.string(close: "\"", .string, multiline: true, extra: [
                Rule(.literal("$("), .variable, .push("subshell")), Rule(.literal("${"), .variable, .push("brace-var")),
                Rule(.literals(["$#", "$@", "$?", "$*", "$!", "$$"]), .variable),
                Rule(.prefixed("$"), .variable),
            ]),
            "sq": Grammar.State([Rule(.literal("'"), .string, .pop)], fallback: .string),
            "subshell": Grammar.State(subshell),
            "brace-var": Grammar.State([
                Rule(.literal("}"), .variable, .pop),
                Rule(.literals([":-", ":=", ":+", ":?", "##", "%%", "#", "%", "/"]), .operator, .push("brace-word")),
            ], fallback: .variable),
            "brace-word": Grammar.State([Rule(.empty, .normal, .pop, followedBy: "}")]),
            "option": Grammar.State([Rule(.run("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), .attribute),
                                     Rule(.empty, .normal, .pop)]),
        ]
    }

    /// Bash and POSIX shell scripts.
    static let bash: Grammar = {
        var states = shellStates(commandState: "root")
        states["root"] = Grammar.State(shellRules)
        return Grammar(name: "bash", aliases: ["sh", "shell", "zsh", "ksh"], states: states)
    }()

    /// Console sessions: lines starting with a prompt (`$ `, `% `, `# `) are shell commands, the rest output.
    static let console: Grammar = {
        var states = shellStates(commandState: "command")
        states["root"] = Grammar.State([
            Rule(.literals(["$ ", "% ", "# ", "> "]), .keyword, .push("command"), at: .lineStart),
        ])
        states["command"] = Grammar.State(shellRules, popsAtLineEnd: true)
        return Grammar(name: "console", aliases: ["shell-session", "shellsession", "terminal", "bash-session"],
                       states: states)
    }()
}
