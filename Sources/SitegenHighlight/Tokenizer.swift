/// Runs a `Grammar` over source text, line by line, keeping the state stack across lines.
///
/// Linear time: at each position every rule either fails after looking at a bounded prefix or consumes
/// what it looked at; a position where nothing matches consumes one character (or one whole identifier).
/// The stack is capped at `maximumDepth` states, and state changes that consume nothing are capped per position.
public struct Tokenizer: Sendable {
    /// The deepest state stack; deeper pushes are ignored.
    public static let maximumDepth = 32
    /// The most zero-width state changes at one position before a character is consumed anyway.
    static let maximumEmptySteps = 4

    private let compiled: CompiledGrammar

    /// Prepares `grammar`.
    public init(_ grammar: Grammar) {
        compiled = CompiledGrammar(grammar)
    }

    /// The tokens of each line of `text` (lines split at `\n`; a trailing `\r` is kept as text).
    public func tokenize(_ text: String) -> [[Token]] {
        var stack = [compiled.root]
        var result: [[Token]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            result.append(tokenize(line: scalars, index: index, stack: &stack))
        }
        return result
    }

    func tokenize(line: [Unicode.Scalar], index: Int, stack: inout [Int]) -> [Token] {
        var tokens: [Token] = []
        var scanner = LineScanner(line: line, grammar: compiled, lineIndex: index)
        var emptySteps = 0
        while scanner.position < line.count {
            let state = compiled.states[stack.last ?? compiled.root]
            var matched = false
            let code = Int(min(line[scanner.position].value, 128))
            for rule in state.candidates[code] {
                guard let end = scanner.match(rule) else { continue }
                if end == scanner.position {
                    if rule.action == .none || emptySteps >= Self.maximumEmptySteps { continue }
                    emptySteps += 1
                } else {
                    emptySteps = 0
                    append(Token(rule.kind(scanner, end), scanner.position, end), to: &tokens)
                }
                apply(rule.action, to: &stack)
                scanner.position = end
                matched = true
                break
            }
            if !matched {
                emptySteps = 0
                let end = scanner.identifierStartsHere ? scanner.identifierEnd() : scanner.position + 1
                append(Token(state.fallback, scanner.position, end), to: &tokens)
                scanner.position = end
            }
        }
        while let top = stack.last, stack.count > 1, compiled.states[top].popsAtLineEnd { stack.removeLast() }
        return tokens
    }

    private func apply(_ action: CompiledRule.Action, to stack: inout [Int]) {
        switch action {
        case .none: break
        case .push(let state): if stack.count < Self.maximumDepth { stack.append(state) }
        case .pop: if stack.count > 1 { stack.removeLast() }
        case .popPush(let state):
            if stack.count > 1 { stack.removeLast() }
            stack.append(state)
        }
    }

    private func append(_ token: Token, to tokens: inout [Token]) {
        if let last = tokens.last, last.kind == token.kind, last.end == token.start {
            tokens[tokens.count - 1].end = token.end
        } else {
            tokens.append(token)
        }
    }
}
