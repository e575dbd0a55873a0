/// Expands user macros and collects `\newcommand`, `\renewcommand`, `\def` and `\DeclareMathOperator` definitions,
/// with a cap on expansions and on the expanded size.
struct MacroExpander {
    let source: [Character]
    var macros: MathMacros
    var errors: [MathError] = []

    init(source: [Character], macros: MathMacros) {
        self.source = source
        self.macros = macros
    }

    mutating func expand(_ tokens: [TeXToken]) -> [TeXToken] {
        guard !macros.definitions.isEmpty || tokens.contains(where: { Self.definers.contains($0.commandName ?? "") })
        else { return tokens }
        var input = Array(tokens.reversed())
        var output: [TeXToken] = []
        var expansions = 0
        while let token = input.popLast() {
            guard let name = token.commandName else {
                output.append(token)
                continue
            }
            if Self.definers.contains(name) {
                define(name, at: token, from: &input)
                continue
            }
            guard let definition = macros.definitions[name] else {
                output.append(token)
                continue
            }
            expansions += 1
            if expansions > MathMacros.maximumExpansions || input.count + output.count > MathMacros.maximumTokens {
                errors.append(MathError(
                    message: "macro \\\(name) expands without end", hint: "check the macro for recursion",
                    offset: token.offset))
                return output
            }
            var arguments: [[TeXToken]] = []
            for _ in 0..<definition.arguments { arguments.append(Self.readArgument(from: &input)) }
            let body = TeXToken.tokenize(Array(definition.body)).flatMap { part -> [TeXToken] in
                if case .parameter(let number) = part.kind {
                    return number <= arguments.count ? arguments[number - 1] : []
                }
                return [TeXToken(kind: part.kind, offset: token.offset)]
            }
            input.append(contentsOf: body.reversed())
        }
        return output
    }

    static let definers: Set<String> = ["newcommand", "renewcommand", "providecommand", "def", "DeclareMathOperator"]

    /// One argument: a braced group's tokens (without the braces) or one token.
    static func readArgument(from input: inout [TeXToken]) -> [TeXToken] {
        guard let first = input.popLast() else { return [] }
        guard case .open = first.kind else { return [first] }
        var level = 1
        var tokens: [TeXToken] = []
        while let token = input.popLast() {
            if case .open = token.kind { level += 1 }
            if case .close = token.kind {
                level -= 1
                if level == 0 { break }
            }
            tokens.append(token)
        }
        return tokens
    }

    private mutating func define(_ definer: String, at token: TeXToken, from input: inout [TeXToken]) {
        var nameTokens = Self.readArgument(from: &input)
        if definer == "DeclareMathOperator", case .character("*")? = nameTokens.first?.kind {
            nameTokens = Self.readArgument(from: &input)
        }
        guard nameTokens.count == 1, let name = nameTokens[0].commandName else {
            errors.append(MathError(message: "\\\(definer) needs a command name such as \\R",
                                    hint: "write \\\(definer){\\name}{…}", offset: token.offset))
            return
        }
        var arguments = 0
        if definer == "def" {
            while case .parameter(let number)? = input.last?.kind {
                arguments = max(arguments, number)
                input.removeLast()
            }
        } else if case .character("[")? = input.last?.kind {
            input.removeLast()
            var digits = ""
            while let next = input.popLast(), next.kind != .character("]") {
                if case .character(let c) = next.kind { digits.append(c) }
            }
            arguments = min(Int(digits) ?? 0, 9)
        }
        guard case .open? = input.last?.kind, let open = input.last else {
            errors.append(MathError(message: "\\\(definer){\\\(name)} has no body", hint: "add the body in braces",
                                    offset: token.offset))
            return
        }
        let body = Self.readArgument(from: &input)
        let start = min(open.offset + 1, source.count)
        let end = min(body.last.map { last in Self.endOffset(of: last, in: source) } ?? start, source.count)
        var text = start <= end ? String(source[start..<end]) : ""
        if definer == "DeclareMathOperator" { text = "\\operatorname{" + text + "}" }
        if definer == "providecommand", macros.definitions[name] != nil { return }
        macros.definitions[name] = MathMacros.Definition(arguments: arguments, body: text)
    }

    /// The offset just past `token` in the source.
    private static func endOffset(of token: TeXToken, in source: [Character]) -> Int {
        switch token.kind {
        case .command(let name): return token.offset + 1 + name.count
        case .parameter: return token.offset + 2
        default: return token.offset + 1
        }
    }
}

extension TeXToken {
    /// The token written back as TeX (for text rebuilt from expanded macros).
    var text: String {
        switch kind {
        case .command(let name): return "\\" + name + (name.first?.isLetter == true ? " " : "")
        case .character(let c): return String(c)
        case .open: return "{"
        case .close: return "}"
        case .superscript: return "^"
        case .lowered: return "_"
        case .alignment: return "&"
        case .parameter(let number): return "#\(number)"
        }
    }

    /// The command's name, for a command token.
    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }
}
