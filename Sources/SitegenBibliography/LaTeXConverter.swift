/// Converts the LaTeX of BibTeX field values to rich text: accents and symbols to Unicode, `\emph`/`\textit`
/// to italics, `\textbf` to bold, `--`/`---` to dashes, `~` to a no-break space, quotes to curly quotes,
/// `\url` and `\href` to links, `$…$` to math. A `{…}` group becomes `.nocase` so callers can decide what the
/// protection means for that field.
struct LaTeXConverter {
    private let s: [Unicode.Scalar]
    private var i = 0
    private var depth = 0

    /// Converts a field value.
    static func convert(_ latex: String) -> [RichInline] {
        var c = LaTeXConverter(Array(latex.unicodeScalars))
        return RichInlineBuilder.normalize(c.sequence(untilBrace: false))
    }

    private init(_ s: [Unicode.Scalar]) { self.s = s }

    private var current: Unicode.Scalar? { i < s.count ? s[i] : nil }
    private func peek(_ n: Int) -> Unicode.Scalar? { i + n < s.count ? s[i + n] : nil }

    /// Reads inlines until the end or an unmatched `}`; a declaration like `\em` or `\bf` wraps the rest.
    private mutating func sequence(untilBrace: Bool) -> [RichInline] {
        var out: [RichInline] = []
        var text = ""
        func flush() {
            if !text.isEmpty { out.append(.text(text)); text = "" }
        }
        while let c = current {
            switch c {
            case "}":
                if untilBrace { flush(); return out }
                i += 1
            case "{":
                flush()
                i += 1
                out.append(.nocase(group()))
            case "\\":
                flush()
                if depth < 100, let declared = declaration() {
                    depth += 1
                    let rest = sequence(untilBrace: untilBrace)
                    depth -= 1
                    out.append(declared(rest))
                    return out
                }
                out += command()
            case "$":
                flush()
                out.append(math())
            case "~":
                text += "\u{00A0}"
                i += 1
            case "-":
                if peek(1) == "-" && peek(2) == "-" { text += "—"; i += 3 } else if peek(1) == "-" { text += "–"; i += 2 } else { text += "-"; i += 1 }
            case "`":
                if peek(1) == "`" {
                    flush()
                    i += 2
                    out.append(quoted())
                } else {
                    text += "‘"
                    i += 1
                }
            case "'":
                if peek(1) == "'" { text += "”"; i += 2 } else { text += "’"; i += 1 }
            case "\n", "\t", "\r":
                if !text.hasSuffix(" ") { text += " " }
                i += 1
            case " ":
                if !text.hasSuffix(" ") { text += " " }
                i += 1
            default:
                text.unicodeScalars.append(c)
                i += 1
            }
        }
        flush()
        return out
    }

    /// After "``": the text up to the matching "''" becomes a quotation; without one, an opening quote mark.
    private mutating func quoted() -> RichInline {
        var j = i
        var level = 0
        while j + 1 < s.count {
            if s[j] == "{" { level += 1 }
            if s[j] == "}" { level -= 1; if level < 0 { break } }
            if level == 0 && s[j] == "'" && s[j + 1] == "'" { break }
            j += 1
        }
        guard j + 1 < s.count, s[j] == "'", s[j + 1] == "'" else { return .text("“") }
        let inner = Array(s[i..<j])
        i = j + 2
        var sub = LaTeXConverter(inner)
        sub.depth = depth + 1
        return .quoted(single: false, sub.sequence(untilBrace: false))
    }

    private mutating func group() -> [RichInline] {
        guard depth < 100 else { return [] }
        depth += 1
        defer { depth -= 1 }
        let inner = sequence(untilBrace: true)
        if current == "}" { i += 1 }
        return inner
    }

    /// A braced argument, or a single character/command when unbraced.
    private mutating func argument() -> [RichInline] {
        while current == " " { i += 1 }
        guard let c = current else { return [] }
        if c == "{" {
            i += 1
            return group()
        }
        if c == "\\" { return command() }
        i += 1
        return [.text(String(Character(c)))]
    }

    /// A raw braced argument (for URLs), without conversion.
    private mutating func rawArgument() -> String {
        while current == " " { i += 1 }
        guard current == "{" else { return "" }
        i += 1
        var level = 1
        var out = ""
        while let c = current {
            i += 1
            if c == "{" { level += 1 }
            if c == "}" {
                level -= 1
                if level == 0 { break }
            }
            out.unicodeScalars.append(c)
        }
        return out
    }

    private mutating func commandName() -> String {
        i += 1  // backslash
        guard let c = current else { return "" }
        if !c.properties.isAlphabetic {
            i += 1
            return String(Character(c))
        }
        var name = ""
        while let c = current, c.properties.isAlphabetic, c.isASCII {
            name.unicodeScalars.append(c)
            i += 1
        }
        return name
    }

    /// `\em`, `\it`, `\bf`, `\sc`: switches that apply to the rest of the group.
    private mutating func declaration() -> (([RichInline]) -> RichInline)? {
        let save = i
        let name = commandName()
        let wrapper: (([RichInline]) -> RichInline)?
        switch name {
        case "em", "it", "itshape", "sl", "slshape": wrapper = { .italic($0) }
        case "bf", "bfseries": wrapper = { .bold($0) }
        case "sc", "scshape": wrapper = { .smallCaps($0) }
        case "rm", "normalfont", "upshape", "sf", "tt", "ttfamily", "sffamily", "rmfamily": wrapper = { .span(classes: [], $0) }
        default: wrapper = nil
        }
        if wrapper == nil { i = save } else { while current == " " { i += 1 } }
        return wrapper
    }

    private mutating func command() -> [RichInline] {
        let name = commandName()
        if let _ = LaTeXSymbols.accents[name], name.count == 1 {
            let base = RichText.plain(argument())
            guard let first = base.first else { return [] }
            return [.text(LaTeXSymbols.accent(name, String(first)) + base.dropFirst())]
        }
        if let symbol = LaTeXSymbols.symbols[name] {
            if name.first?.isLetter == true {
                if current == "{" && peek(1) == "}" { i += 2 } else if current == " " { i += 1 }
            }
            return symbol.isEmpty ? [] : [.text(symbol)]
        }
        if let styled = styledCommand(name) { return styled }
        if current == "{" { return [.span(classes: [], argument())] }
        if name.first?.isLetter == true { while current == " " { i += 1 } }
        return []
    }

    /// Commands that format their argument, link, or break lines; nil for anything else.
    private mutating func styledCommand(_ name: String) -> [RichInline]? {
        switch name {
        case "emph", "textit", "textsl", "mkbibemph", "mkbibitalic": return [.italic(argument())]
        case "textbf", "mkbibbold": return [.bold(argument())]
        case "textsc": return [.smallCaps(argument())]
        case "textsuperscript", "mkbibsuperscript": return [.superscript(argument())]
        case "textsubscript", "mkbibsubscript": return [.subscript(argument())]
        case "underline", "uline": return [.underline(argument())]
        case "enquote", "mkbibquote", "enquote*": return [.quoted(single: false, argument())]
        case "nocase", "NoCaseChange": return [.nocase(argument())]
        case "url":
            let url = rawArgument()
            return [.link(url: url, [.text(url)])]
        case "href":
            let url = rawArgument()
            return [.link(url: url, argument())]
        case "\\", "newline", "par": return [.text(" ")]
        case "textrm", "textsf", "texttt", "textnormal", "textup", "textmd", "mbox", "text", "hbox", "ensuremath":
            return [.span(classes: [], argument())]
        default: return nil
        }
    }

    /// Minimal TeX math to Unicode: Greek letters and common symbols, `^`/`_` with one character or a group.
    static func mathText(_ tex: String) -> String {
        var out = ""
        let t = Array(tex.unicodeScalars)
        var k = 0
        while k < t.count {
            let c = t[k]
            if c == "\\" {
                var name = ""
                k += 1
                while k < t.count, t[k].properties.isAlphabetic { name.unicodeScalars.append(t[k]); k += 1 }
                out += LaTeXSymbols.math[name] ?? LaTeXSymbols.symbols[name] ?? name
                continue
            }
            if c == "{" || c == "}" { k += 1; continue }
            out.unicodeScalars.append(c)
            k += 1
        }
        return out
    }

    /// `$…$`: simple symbols, superscripts and subscripts become Unicode text; anything else stays TeX.
    private mutating func math() -> RichInline {
        i += 1
        var tex = ""
        while let c = current, c != "$" {
            tex.unicodeScalars.append(c)
            i += 1
        }
        if current == "$" { i += 1 }
        return .math(Self.mathText(tex))
    }
}
