/// Commands: symbols, fractions, roots, accents, fonts, text, fences, spaces.
extension TeXParser {
    func parseCommand(_ name: String, token: TeXToken) -> (node: MathNode, limits: Limits)? {
        if let text = MathSymbols.identifiers[name] { return (.mi(text), .beside) }
        if let text = MathSymbols.operators[name] { return (.mo(text), .beside) }
        if let (text, opens) = MathSymbols.delimiters[name] { return (.fence(text, stretchy: false, prefix: opens), .beside) }
        if let text = MathSymbols.functions[name] { return (.mo(text), .beside) }
        if let text = MathSymbols.limitFunctions[name] { return (.mo(text), .display) }
        if let text = MathSymbols.bigOperators[name] { return (.mo(text), .display) }
        if let text = MathSymbols.integrals[name] { return (.mo(text), .beside) }
        if let width = MathSymbols.spaces[name] { return (.space(width), .beside) }
        if let accent = MathSymbols.overAccents[name] {
            let node = MathNode("mover", children: [parseArgument(), .mo(accent, [.init("accent", "true")])])
            return (node, name == "overbrace" ? .always : .beside)
        }
        if let accent = MathSymbols.underAccents[name] {
            let node = MathNode("munder", children: [parseArgument(), .mo(accent, [.init("accent", "true")])])
            return (node, name == "underbrace" ? .always : .beside)
        }
        if let alphabet = MathAlphabet.commands[name] { return (styled(parseArgument(), alphabet), .beside) }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let fraction = MathNode("mfrac", children: [parseArgument(), parseArgument()])
            if name == "frac" || name == "cfrac" { return (fraction, .beside) }
            return (MathNode("mstyle", [.init("displaystyle", name == "dfrac" ? "true" : "false")], children: [fraction]),
                    .beside)
        case "binom", "dbinom", "tbinom":
            let fraction = MathNode("mfrac", [.init("linethickness", "0")], children: [parseArgument(), parseArgument()])
            return (fencedRow("(", [fraction], ")"), .beside)
        case "sqrt":
            if case .character("[")? = current?.kind {
                let index = parseBracketArgument()
                return (MathNode("mroot", children: [parseArgument(), index]), .beside)
            }
            return (MathNode("msqrt", children: [parseArgument()]), .beside)
        case "overset", "stackrel", "underset":
            var over = parseArgument()
            let base = parseArgument()
            if over.name == "mo" { over.attributes.append(.init("accent", "false")) }
            return (MathNode(name == "underset" ? "munder" : "mover", children: [base, over]), .beside)
        case "text", "textrm", "textnormal", "mbox", "hbox", "textup", "textmd", "textsf", "texttt", "textbf",
             "textit", "emph", "textsl":
            return (text(rawGroup() ?? "", bold: name == "textbf", italic: name == "textit" || name == "emph"), .beside)
        case "operatorname", "operatorname*":
            let text = Self.plainText(rawGroup() ?? "")
            return (.mo(text), name == "operatorname*" ? .display : .beside)
        case "mathrm", "rm", "mathup", "mathnormal", "textrm*":
            return (upright(parseArgument()), .beside)
        case "mathop":
            let argument = parseArgument()
            return (argument.name == "mo" ? argument : .mo(Self.tokenText(argument)), .display)
        case "mathbin", "mathrel", "mathpunct", "mathord":
            let argument = parseArgument()
            return (argument.name == "mo" || argument.name == "mi" ? argument : .mo(Self.tokenText(argument)), .beside)
        case "left": return (parseLeftRight(token), .beside)
        case "middle":
            return (.mo(readDelimiter() ?? "|", [.init("stretchy", "true")]), .beside)
        case "right":
            fail("\\right without \\left", hint: "add the matching \\left", at: token)
            _ = readDelimiter()
            return nil
        case "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr",
             "bigm", "Bigm":
            var base = name
            if base.count > 3, base.hasSuffix("l") || base.hasSuffix("r") || base.hasSuffix("m") { base.removeLast() }
            let size = ["big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em"][base] ?? "1.2em"
            let delimiter = readDelimiter() ?? ""
            return (.mo(delimiter, [.init("minsize", size), .init("maxsize", size)]), .beside)
        case "not":
            if let next = current {
                let key: String
                switch next.kind {
                case .command(let command): key = "\\" + command
                case .character(let c): key = String(c)
                default: key = ""
                }
                if let negated = MathSymbols.negations[key] {
                    position += 1
                    return (.mo(negated), .beside)
                }
            }
            guard var atom = parseAtom(single: true) else { return nil }
            atom.node.text = (atom.node.text ?? "") + "\u{338}"
            return atom
        case "tag", "tag*":
            tag = Self.plainText(rawGroup() ?? "")
            return nil
        case "label":
            _ = rawGroup()
            return nil
        case "hspace", "hspace*", "kern", "mkern", "hskip", "mskip":
            let amount = rawGroup() ?? ""
            return (.space(amount.trimmingBlanks), .beside)
        case "phantom", "hphantom", "vphantom":
            return (MathNode("mphantom", children: [parseArgument()]), .beside)
        case "pmod":
            let argument = parseArgument()
            return (.row([.space("0.444em"), .mo("("), .mo("mod"), .space("0.333em"), argument, .mo(")")]), .beside)
        case "bmod", "mod": return (.mo("mod"), .beside)
        case "substack": return (substack(), .beside)
        case "begin": return parseEnvironment(at: token).map { ($0, .beside) }
        case "end":
            _ = rawGroup()
            fail("\\end without \\begin", hint: "add the matching \\begin", at: token)
            return nil
        case "\\", "cr", "newline":
            return nil
        default:
            if MathSymbols.ignored.contains(name) { return nil }
            fail("unsupported command \\\(name)", hint: "define it with \\newcommand or in math-macros, or use math: mathjax",
                 at: token)
            return (.mtext("\\" + name), .beside)
        }
    }

    /// `[…]` after `\sqrt`.
    private func parseBracketArgument() -> MathNode {
        let start = position
        position += 1
        let end = matches[start]
        let children = parseSequence { [self] token in
            if let end { return self.position >= end }
            if case .character("]") = token.kind { return true }
            return false
        }
        if case .character("]")? = current?.kind { position += 1 }
        return .group(children)
    }

    /// The delimiter after `\left`, `\right`, `\big`…; "" for `.`.
    func readDelimiter() -> String? {
        guard let token = current else { return nil }
        let key: String
        switch token.kind {
        case .character(let c): key = String(c)
        case .command(let name): key = "\\" + name
        default:
            fail("missing delimiter", hint: "write a delimiter such as ( or \\{ or .", at: token)
            return nil
        }
        guard let delimiter = MathSymbols.fenceCharacters[key] else {
            fail("unsupported delimiter \(key)", hint: "use ( ) [ ] \\{ \\} | \\| \\langle \\rangle or .", at: token)
            position += 1
            return nil
        }
        position += 1
        return delimiter
    }

    private func parseLeftRight(_ token: TeXToken) -> MathNode {
        let open = readDelimiter() ?? ""
        let inner = parseSequence { [self] token in self.isCommand(token, ["right"]) }
        var close = ""
        if isCommand(current, ["right"]) {
            position += 1
            close = readDelimiter() ?? ""
        } else {
            fail("\\left without \\right", hint: "add \\right. (or the closing delimiter)", at: token)
        }
        return fencedRow(open, inner, close)
    }

    private func substack() -> MathNode {
        guard case .open? = current?.kind else { return parseArgument() }
        position += 1
        var rows: [MathNode] = []
        while current != nil {
            let cell = parseSequence { [self] token in self.isCommand(token, ["\\"]) }
            rows.append(MathNode("mtr", children: [MathNode("mtd", children: cell)]))
            if isCommand(current, ["\\"]) { position += 1 } else { break }
        }
        if case .close? = current?.kind { position += 1 }
        return MathNode("mtable", children: rows)
    }

    /// `\text{…}`: blanks at either end become spaces beside the text, as texmath writes them.
    private func text(_ raw: String, bold: Bool, italic: Bool) -> MathNode {
        var text = Self.plainText(raw)
        if bold || italic {
            let alphabet: MathAlphabet = bold ? .bold : .italic
            text = String(text.map { alphabet.map($0) })
        }
        // Token elements drop their outer blanks, so blanks at either end also become spaces beside the text.
        let leading = text.first == " "
        let trailing = text.count > 1 && text.last == " "
        guard leading || trailing else { return .mtext(text) }
        var children: [MathNode] = []
        if leading { children.append(.space("0.333em")) }
        children.append(.mtext(text))
        if trailing { children.append(.space("0.333em")) }
        return .group(children)
    }

    /// Text with TeX escapes and spacing commands replaced.
    static func plainText(_ raw: String) -> String {
        var result = ""
        var iterator = Array(raw)
        var i = 0
        while i < iterator.count {
            let c = iterator[i]
            i += 1
            if c == "~" {
                result.append("\u{A0}")
            } else if c == "\\", i < iterator.count {
                let next = iterator[i]
                if next.isLetter {
                    var end = i
                    while end < iterator.count, iterator[end].isLetter { end += 1 }
                    let word = String(iterator[i..<end])
                    i = end
                    result += ["quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "ldots": "…", "dots": "…"][word] ?? " "
                } else {
                    i += 1
                    result += [",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "!": "", " ": " "][next] ?? String(next)
                }
            } else if c == "'" {
                result.append("’")
            } else if c != "{" && c != "}" {
                result.append(c)
            }
        }
        iterator.removeAll()
        return result.replacingBlankRuns
    }

    /// The text of a token element, or of the token elements inside a row.
    static func tokenText(_ node: MathNode) -> String {
        node.text ?? node.children.map(tokenText).joined()
    }

    /// The node with the letters and digits of its token elements in `alphabet`.
    func styled(_ node: MathNode, _ alphabet: MathAlphabet) -> MathNode {
        var node = node
        if let text = node.text, node.name == "mi" || node.name == "mn" || node.name == "mtext" {
            node.text = String(text.map { alphabet.map($0) })
            node.attributes.removeAll { $0.name == "mathvariant" }
        }
        node.children = node.children.map { styled($0, alphabet) }
        return node
    }

    /// `\mathrm{…}`: one letter gets `mathvariant="normal"`, runs of letters become one (upright) identifier.
    func upright(_ node: MathNode) -> MathNode {
        let children = node.name == "mrow" ? node.children : [node]
        var result: [MathNode] = []
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            result.append(run.count == 1 ? .mi(run, [.init("mathvariant", "normal")]) : .mi(run))
            run = ""
        }
        for child in children {
            if child.name == "mi", let text = child.text, text.count == 1, child.attributes.isEmpty {
                run += text
            } else {
                flush()
                result.append(child)
            }
        }
        flush()
        return .group(result)
    }
}

extension String {
    var trimmingBlanks: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    var replacingBlankRuns: String {
        var result = ""
        var previousBlank = false
        for c in self {
            let blank = c == " " || c == "\n" || c == "\t"
            if blank && previousBlank { continue }
            result.append(blank ? " " : c)
            previousBlank = blank
        }
        return result
    }
}
