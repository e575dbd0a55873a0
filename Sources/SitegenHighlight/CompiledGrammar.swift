/// A grammar with state names resolved to indices and texts split into scalars.
struct CompiledGrammar: Sendable {
    var states: [CompiledState]
    var root: Int
    var identifierExtras: Set<Unicode.Scalar>
    var identifierStarts: Set<Unicode.Scalar>
    var ignoresCase: Bool
    var numberSuffixes: Set<Unicode.Scalar>

    init(_ grammar: Grammar) {
        let names = grammar.states.keys.sorted()
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        root = index["root"] ?? 0
        identifierExtras = Set(grammar.identifierExtras.unicodeScalars)
        identifierStarts = Set(grammar.identifierStarts.unicodeScalars)
        ignoresCase = grammar.ignoresCase
        numberSuffixes = Set(grammar.numberSuffixes.unicodeScalars)
        let ignoresCase = grammar.ignoresCase
        states = names.map { name in
            let state = grammar.states[name]!
            return CompiledState(
                rules: state.rules.map { CompiledRule($0, states: index, ignoresCase: ignoresCase) },
                fallback: state.fallback, popsAtLineEnd: state.popsAtLineEnd, grammar: grammar)
        }
    }
}

struct CompiledState: Sendable {
    var rules: [CompiledRule]
    var fallback: TokenClass
    var popsAtLineEnd: Bool
    /// For each ASCII character, the rules that can match text starting with it (in order); index 128 holds
    /// the rules for any other character.
    var candidates: [[CompiledRule]]

    init(rules: [CompiledRule], fallback: TokenClass, popsAtLineEnd: Bool, grammar: Grammar) {
        self.rules = rules
        self.fallback = fallback
        self.popsAtLineEnd = popsAtLineEnd
        candidates = (0...128).map { code in
            rules.filter { $0.canStart(with: code, grammar: grammar) }
        }
    }
}

/// One rule, compiled; a class so that trying rules does not copy their patterns.
final class CompiledRule: Sendable {
    enum Pattern: Sendable {
        case literals([[Unicode.Scalar]])
        case words(Set<String>)
        case identifier
        case capitalized
        case number
        case rest
        case run(Set<Unicode.Scalar>)
        case oneOf(Set<Unicode.Scalar>)
        case any
        case through([Unicode.Scalar])
        case between([Unicode.Scalar], [Unicode.Scalar])
        case prefixed([Unicode.Scalar])
        case printf
        case charLiteral
        case yamlKey
        case orderedListMarker
        case escape
        case empty
    }

    enum Action: Sendable, Equatable {
        case none
        case push(Int)
        case pop
        case popPush(Int)
    }

    let pattern: Pattern
    let tokenClass: TokenClass
    let action: Action
    let position: Rule.Position
    let followedBy: [Unicode.Scalar]?
    let takesFollower: Bool
    let notFollowedBy: [Unicode.Scalar]?
    let notAfter: Set<Unicode.Scalar>?
    let endsValue: Bool
    let onlyFirstLine: Bool

    let ignoresCase: Bool

    init(_ rule: Rule, states: [String: Int], ignoresCase: Bool) {
        self.ignoresCase = ignoresCase
        func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
        switch rule.pattern {
        case .literal(let text): pattern = .literals([scalars(text)])
        case .literals(let texts): pattern = .literals(texts.map(scalars).sorted { $0.count > $1.count })
        case .words(let words): pattern = .words(ignoresCase ? Set(words.map { $0.lowercased() }) : words)
        case .identifier: pattern = .identifier
        case .capitalized: pattern = .capitalized
        case .number: pattern = .number
        case .rest: pattern = .rest
        case .run(let set): pattern = .run(Set(set.unicodeScalars))
        case .oneOf(let set): pattern = .oneOf(Set(set.unicodeScalars))
        case .any: pattern = .any
        case .through(let close): pattern = .through(scalars(close))
        case .between(let open, let close): pattern = .between(scalars(open), scalars(close))
        case .prefixed(let prefix): pattern = .prefixed(scalars(prefix))
        case .printf: pattern = .printf
        case .charLiteral: pattern = .charLiteral
        case .yamlKey: pattern = .yamlKey
        case .orderedListMarker: pattern = .orderedListMarker
        case .escape: pattern = .escape
        case .empty: pattern = .empty
        }
        tokenClass = rule.kind
        func state(_ name: String) -> Int {
            guard let index = states[name] else { preconditionFailure("grammar names an unknown state \(name)") }
            return index
        }
        switch rule.action {
        case .none: action = .none
        case .push(let name): action = .push(state(name))
        case .pop: action = .pop
        case .popPush(let name): action = .popPush(state(name))
        }
        position = rule.position
        followedBy = rule.followedBy.map(scalars)
        takesFollower = rule.takesFollower
        notFollowedBy = rule.notFollowedBy.map(scalars)
        notAfter = rule.notAfter.map { Set($0.unicodeScalars) }
        endsValue = rule.endsValue
        onlyFirstLine = rule.onlyFirstLine
    }

    /// Whether the rule can match text starting with ASCII character `code` (128: any other character).
    func canStart(with code: Int, grammar: Grammar) -> Bool {
        let c: Unicode.Scalar? = code < 128 ? Unicode.Scalar(UInt8(code)) : nil
        func identifierStart() -> Bool {
            guard let c else { return true }
            let v = c.value
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v == 0x5F || grammar.identifierStarts.unicodeScalars.contains(c)
        }
        switch pattern {
        case .literals(let texts):
            guard let c else { return texts.contains { ($0.first?.value ?? 0) >= 128 } }
            return texts.contains { text in
                guard let first = text.first else { return false }
                if ignoresCase, first.value < 128 { return (first.value | 0x20) == (c.value | 0x20) }
                return first == c
            }
        case .words, .identifier, .capitalized: return identifierStart()
        case .number: return c.map { ("0"..."9").contains($0) || $0 == "." } ?? false
        case .run(let set), .oneOf(let set): return c.map { set.contains($0) } ?? set.contains { $0.value >= 128 }
        case .between(let open, _), .prefixed(let open):
            guard let first = open.first else { return true }
            return c.map { $0 == first } ?? (first.value >= 128)
        case .printf: return c == "%"
        case .charLiteral: return c == "'"
        case .escape: return c == "\\"
        case .orderedListMarker: return c.map { ("0"..."9").contains($0) } ?? false
        case .rest, .any, .through, .empty, .yamlKey: return true
        }
    }

    /// The class of a match ending at `end`; numbers pick their own.
    func kind(_ scanner: LineScanner, _ end: Int) -> TokenClass {
        if case .number = pattern {
            let natural = scanner.numberClass(upTo: end)
            return tokenClass == .normal || natural == .baseN ? natural : tokenClass
        }
        return tokenClass
    }
}
