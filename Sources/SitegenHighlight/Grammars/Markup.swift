extension Grammars {
    /// LaTeX, after KDE's latex.xml: sectioning and references are keywords, their arguments extensions, math
    /// special strings with special-character commands.
    static let latex: Grammar = {
        typealias K = GrammarKit
        let mathEnvironments = """
            equation equation* align align* gather gather* multline multline* eqnarray eqnarray* displaymath math \
            flalign flalign* alignat alignat*
            """
        let keywordCommands = """
            \\cite \\citep \\citet \\ref \\eqref \\pageref \\autoref \\cref \\Cref \\label \\input \\include \\bibliography \
            \\bibliographystyle
            """
        let sectioning = """
            \\section \\subsection \\subsubsection \\chapter \\part \\paragraph \\subparagraph \\section* \
            \\subsection* \\subsubsection* \\chapter* \\caption \\title \\author \\maketitle
            """
        let math: [Rule] = [
            Rule(.literal("%"), .comment, .push("comment")),
            Rule(.literals(["\\\\", "\\{", "\\}", "\\$", "\\,", "\\;", "\\!", "\\ "]), .specialChar),
            Rule(.prefixed("\\"), .specialChar),
        ]
        return Grammar(name: "latex", aliases: ["tex", "context"], states: [
            "root": Grammar.State([
                Rule(.literal("%"), .comment, .push("comment")),
                Rule(.literal("\\begin"), .keyword, .push("begin")),
                Rule(.literal("\\end"), .keyword, .push("argument")),
                Rule(.words(K.words(keywordCommands)), .keyword, .push("argument")),
                Rule(.words(K.words(sectioning)), .keyword),
                Rule(.words(K.words("\\documentclass \\usepackage \\RequirePackage")), .builtIn, .push("argument")),
                Rule(.literal("\\newcommand"), .function, .push("argument")),
                Rule(.literals(["$$", "\\["]), .specialString, .push("display-math")),
                Rule(.literals(["$", "\\("]), .specialString, .push("inline-math")),
                Rule(.literals(["\\\\", "\\{", "\\}", "\\$", "\\%", "\\&", "\\_", "\\#", "\\,", "\\ "]), .normal),
                Rule(.prefixed("\\"), .function),
            ]),
            "comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "argument": Grammar.State([
                Rule(.between("[", "]"), .normal), Rule(.literal("{"), .normal, .popPush("argument-text")),
                Rule(.empty, .normal, .pop),
            ]),
            "argument-text": Grammar.State([Rule(.literal("}"), .normal, .pop)], fallback: .extension),
            "begin": Grammar.State([
                Rule(.literal("{"), .normal), Rule(.literal("}"), .normal, .pop),
                Rule(.words(K.words(mathEnvironments)), .extension, .popPush("math-environment-open")),
                Rule(.empty, .normal, .popPush("argument-text")),
            ]),
            "math-environment-open": Grammar.State([Rule(.literal("}"), .normal, .popPush("math-environment"))]),
            "math-environment": Grammar.State(
                [Rule(.literal("\\end"), .keyword, .popPush("argument"))] + math, fallback: .specialString),
            "display-math": Grammar.State([Rule(.literals(["$$", "\\]"]), .specialString, .pop)] + math,
                                          fallback: .specialString),
            "inline-math": Grammar.State([Rule(.literals(["$", "\\)"]), .specialString, .pop)] + math,
                                         fallback: .specialString),
        ], identifierExtras: "*", identifierStarts: "\\")
    }()

    /// Markdown, after KDE's markdown.xml.
    static let markdown: Grammar = {
        Grammar(name: "markdown", aliases: ["md", "qmd", "rmd", "rmarkdown", "quarto", "commonmark", "gfm", "pandoc"], states: [
            "root": Grammar.State([
                Rule(.literal("---"), .comment, .push("front-matter"), at: .lineStart).onFirstLine,
                Rule(.literal("#"), .function, .push("heading"), at: .firstNonBlank),
                Rule(.literal(">"), .attribute, .push("quote"), at: .firstNonBlank),
                Rule(.literals(["- ", "* ", "+ "]), .specialString, at: .firstNonBlank),
                Rule(.orderedListMarker, .specialString, at: .firstNonBlank),
                Rule(.literal("```"), .information, .push("fence"), at: .firstNonBlank),
                Rule(.between("![", ")"), .alert),
                Rule(.literal("["), .comment, .push("link-text")),
                Rule(.between("`", "`"), .information),
            ]),
            "front-matter": Grammar.State([
                Rule(.literal("---"), .comment, .pop, at: .lineStart),
                Rule(.yamlKey, .annotation, followedBy: ":", takesFollower: true, notFollowedBy: nil),
            ], fallback: .comment),
            "heading": Grammar.State([], fallback: .function, popsAtLineEnd: true),
            "quote": Grammar.State([], fallback: .attribute, popsAtLineEnd: true),
            "fence": Grammar.State([Rule(.literal("```"), .information, .pop, at: .firstNonBlank)], fallback: .information),
            "link-text": Grammar.State([
                Rule(.literal("]("), .comment, .popPush("link-url")), Rule(.literal("]"), .other, .pop),
            ], fallback: .other, popsAtLineEnd: true),
            "link-url": Grammar.State([Rule(.literal(")"), .comment, .pop)], fallback: .comment, popsAtLineEnd: true),
        ])
    }()

    /// Unified and context diffs.
    static let diff: Grammar = {
        Grammar(name: "diff", aliases: ["patch", "udiff"], states: [
            "root": Grammar.State([
                Rule(.literals(["diff ", "Only in ", "Index: "]), .keyword, .push("line-keyword"), at: .lineStart),
                Rule(.literals(["--- ", "+++ ", "@@", "***", "==="]), .dataType, .push("line-header"), at: .lineStart),
                Rule(.oneOf("-<"), .string, .push("line-removed"), at: .lineStart),
                Rule(.oneOf("+>"), .variable, .push("line-added"), at: .lineStart),
            ]),
            "line-keyword": Grammar.State([], fallback: .keyword, popsAtLineEnd: true),
            "line-header": Grammar.State([], fallback: .dataType, popsAtLineEnd: true),
            "line-removed": Grammar.State([], fallback: .string, popsAtLineEnd: true),
            "line-added": Grammar.State([], fallback: .variable, popsAtLineEnd: true),
        ])
    }()
}

extension Rule {
    /// This rule, only on the first line of the block.
    var onFirstLine: Rule {
        var rule = self
        rule.onlyFirstLine = true
        return rule
    }
}
