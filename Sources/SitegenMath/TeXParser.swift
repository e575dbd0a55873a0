/// Parses TeX math into MathML Core elements, following the element shapes texmath (pandoc) writes.
///
/// Work is linear in the (expanded) formula: delimiters are matched in one pass before parsing, and nesting is
/// capped at `maximumDepth`.
final class TeXParser {
    /// How where scripts go: beside (`msub`), under and over in display math, or always under and over.
    enum Limits { case beside, display, always }

    static let maximumDepth = 150

    let source: [Character]
    let display: Bool
    var tokens: [TeXToken] = []
    var position = 0
    /// Matching closer of each `(`, `[` or `|` token that has one.
    var matches: [Int: Int] = [:]
    var errors: [MathError] = []
    var tag: String?
    var depth = 0
    var macros: MathMacros

    init(_ tex: String, display: Bool, macros: MathMacros) {
        source = Array(tex)
        self.display = display
        self.macros = macros
    }

    func parse() -> [MathNode] {
        var expander = MacroExpander(source: source, macros: macros)
        tokens = expander.expand(TeXToken.tokenize(source))
        macros = expander.macros
        errors += expander.errors
        matchDelimiters()
        var nodes: [MathNode] = []
        while position < tokens.count {
            nodes += parseSequence { _ in false }
            if position < tokens.count {
                fail("unbalanced braces: `}` without `{`", hint: "remove the `}` or add its `{`", at: tokens[position])
                position += 1
            }
        }
        return nodes
    }

    func fail(_ message: String, hint: String, at token: TeXToken?) {
        errors.append(MathError(message: message, hint: hint, offset: token?.offset ?? source.count))
    }

    var current: TeXToken? { position < tokens.count ? tokens[position] : nil }

    func isCommand(_ token: TeXToken?, _ names: Set<String>) -> Bool {
        if case .command(let name)? = token?.kind { return names.contains(name) }
        return false
    }

    // MARK: - Delimiter matching

    private func matchDelimiters() {
        enum Entry { case marker, delimiter(Character, Int) }
        var stack: [Entry] = []
        func popToMarker(keepMarker: Bool) {
            while let last = stack.last {
                if case .marker = last {
                    if !keepMarker { stack.removeLast() }
                    return
                }
                stack.removeLast()
            }
        }
        var index = 0
        while index < tokens.count {
            switch tokens[index].kind {
            case .open: stack.append(.marker)
            case .close: popToMarker(keepMarker: false)
            case .alignment: popToMarker(keepMarker: true)
            case .command(let name):
                switch name {
                case "left", "begin": stack.append(.marker)
                case "right", "end": popToMarker(keepMarker: false)
                case "\\", "cr", "middle": popToMarker(keepMarker: true)
                default: break
                }
                if ["left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
                    "biggr", "Biggl", "Biggr", "bigm", "Bigm"].contains(name) {
                    index += 1
                }
            case .character(let c) where c == "(" || c == "[":
                stack.append(.delimiter(c, index))
            case .character(let c) where c == ")" || c == "]" || c == "|":
                let opener: Character = c == ")" ? "(" : c == "]" ? "[" : "|"
                // The nearest opener of the same kind in this group; anything opened after it stays unmatched.
                var found: Int?
                for (depth, entry) in stack.enumerated().reversed() {
                    if case .marker = entry { break }
                    if case .delimiter(let open, _) = entry, open == opener {
                        found = depth
                        break
                    }
                }
                if let found, case .delimiter(_, let start) = stack[found] {
                    matches[start] = index
                    stack.removeSubrange(found...)
                } else if c == "|" {
                    stack.append(.delimiter("|", index))
                }
            default: break
            }
            index += 1
        }
    }

    // MARK: - Sequences and atoms

    /// Parses atoms (with their scripts) until `stop` accepts the current token or the tokens end.
    func parseSequence(until stop: (TeXToken) -> Bool) -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            fail("formula nested too deeply", hint: "simplify the formula", at: current)
            position = tokens.count
            return []
        }
        var nodes: [MathNode] = []
        while let token = current, !stop(token) {
            if case .close = token.kind { break }
            if isCommand(token, ["over", "choose", "atop", "brace", "brack"]) {
                guard case .command(let name) = token.kind else { break }
                position += 1
                let denominator = MathNode.group(parseSequence(until: stop))
                let fraction = MathNode("mfrac", name == "over" ? [] : [.init("linethickness", "0")],
                                        children: [MathNode.group(nodes), denominator])
                switch name {
                case "choose": return [fencedRow("(", [fraction], ")")]
                case "brace": return [fencedRow("{", [fraction], "}")]
                case "brack": return [fencedRow("[", [fraction], "]")]
                default: return [fraction]
                }
            }
            let before = position
            if let atom = parseAtom(single: false) {
                nodes.append(parseScripts(atom.node, limits: atom.limits))
            } else if case .superscript = token.kind {
                nodes.append(parseScripts(MathNode.mi(""), limits: .beside))
            } else if case .lowered = token.kind {
                nodes.append(parseScripts(MathNode.mi(""), limits: .beside))
            }
            if position == before { position += 1 }
        }
        return nodes
    }

    func fencedRow(_ open: String, _ inner: [MathNode], _ close: String) -> MathNode {
        var children: [MathNode] = []
        if !open.isEmpty { children.append(.fence(open, stretchy: true, prefix: true)) }
        children += inner
        if !close.isEmpty { children.append(.fence(close, stretchy: true, prefix: false)) }
        return .row(children)
    }

    /// A script or command argument: a group, or one token's atom.
    func parseArgument() -> MathNode {
        guard let token = current else {
            fail("missing argument at the end of the formula", hint: "add the argument in braces", at: nil)
            return .row([])
        }
        if case .open = token.kind { return parseGroup() }
        return parseAtom(single: true)?.node ?? .row([])
    }

    /// `{…}`: one child stays itself, several become a row.
    func parseGroup() -> MathNode {
        let open = current
        position += 1
        let children = parseSequence { _ in false }
        if case .close? = current?.kind {
            position += 1
        } else {
            fail("unbalanced braces: `{` without `}`", hint: "add the closing `}`", at: open)
        }
        return .group(children)
    }

    /// The tokens of a `{…}` group as raw source text (for `\text`, `\begin` names and labels).
    func rawGroup() -> String? {
        guard case .open? = current?.kind, let open = current else { return nil }
        var level = 0
        var index = position
        while index < tokens.count {
            switch tokens[index].kind {
            case .open: level += 1
            case .close:
                level -= 1
                if level == 0 {
                    let close = tokens[index]
                    let slice = tokens[(position + 1)..<index]
                    position = index + 1
                    if open.offset < close.offset, close.offset < source.count, source[open.offset] == "{",
                       source[close.offset] == "}" {
                        return String(source[(open.offset + 1)..<close.offset])
                    }
                    return slice.map(\.text).joined()
                }
            default: break
            }
            index += 1
        }
        fail("unbalanced braces: `{` without `}`", hint: "add the closing `}`", at: open)
        position = tokens.count
        return nil
    }

    func parseScripts(_ base: MathNode, limits: Limits) -> MathNode {
        var limits = limits
        var sub: MathNode?
        var sup: MathNode?
        while let token = current {
            if isCommand(token, ["limits"]) {
                limits = .always
            } else if isCommand(token, ["nolimits"]) {
                limits = .beside
            } else if case .lowered = token.kind, sub == nil {
                position += 1
                sub = parseArgument()
                continue
            } else if case .superscript = token.kind, sup == nil {
                position += 1
                sup = parseArgument()
                continue
            } else {
                break
            }
            position += 1
        }
        let stacked = limits == .always || (limits == .display && display)
        switch (sub, sup) {
        case (nil, nil): return base
        case (let sub?, nil): return MathNode(stacked ? "munder" : "msub", children: [base, sub])
        case (nil, let sup?): return MathNode(stacked ? "mover" : "msup", children: [base, sup])
        case (let sub?, let sup?): return MathNode(stacked ? "munderover" : "msubsup", children: [base, sub, sup])
        }
    }

    func parseAtom(single: Bool) -> (node: MathNode, limits: Limits)? {
        guard let token = current else { return nil }
        switch token.kind {
        case .open: return (parseGroup(), .beside)
        case .close, .superscript, .lowered: return nil
        case .alignment, .parameter:
            position += 1
            return nil
        case .character(let c): return (parseCharacter(c, single: single), .beside)
        case .command(let name):
            position += 1
            return parseCommand(name, token: token)
        }
    }

    private func parseCharacter(_ c: Character, single: Bool) -> MathNode {
        let start = position
        position += 1
        if c.isNumber, c.isASCII {
            guard !single else { return .mn(String(c)) }
            var text = String(c)
            while case .character(let next)? = current?.kind {
                if next.isASCII, next.isNumber {
                    text.append(next)
                } else if next == ".", position + 1 < tokens.count, case .character(let after) = tokens[position + 1].kind,
                          after.isASCII, after.isNumber, !text.contains(".") {
                    text.append(next)
                } else {
                    break
                }
                position += 1
            }
            return .mn(text)
        }
        if c.isLetter { return .mi(String(c)) }
        switch c {
        case "(", "[", "|":
            let close: Character = c == "(" ? ")" : c == "[" ? "]" : "|"
            if let end = matches[start] {
                let inner = parseSequence { [unowned self] _ in self.position >= end }
                position = max(position, end + 1)
                return fencedRow(String(c), inner, String(close))
            }
            return .fence(String(c), stretchy: false, prefix: c != "|" || true)
        case ")", "]": return .fence(String(c), stretchy: false, prefix: false)
        case "-": return .mo("−")
        case "'":
            var count = 1
            while case .character("'")? = current?.kind, count < 4 {
                count += 1
                position += 1
            }
            return .mi(["′", "″", "‴", "⁗"][count - 1])
        case "~": return .space("0.333em")
        case "/", "@": return .mi(String(c))
        default: return .mo(String(c))
        }
    }
}
