import SitegenCore

/// The `<!-- sitegen-lint … -->` comments of one file, answering "is rule R suppressed on line L?".
///
/// `disable [ids]` and `enable [ids]` switch rules off and on from their line to the next switch;
/// `disable-next-line [ids]` covers the next non-blank line; `disable-line [ids]` covers its own line.
/// No ids means every rule. Comments inside code blocks and front matter are ignored.
struct Suppressions {
    /// The state after a `disable`/`enable` comment.
    fileprivate struct State {
        var allDisabled = false
        var exceptions: Set<String> = []
        var disabled: Set<String> = []

        func suppresses(_ rule: String) -> Bool {
            (allDisabled && !exceptions.contains(rule)) || disabled.contains(rule)
        }
    }

    private var states: [(line: Int, state: State)] = []
    private var lineRules: [Int: Set<String>?] = [:]

    /// Every directive of `source`; unknown rule ids become warnings.
    static func parse(_ source: RawSource, path: String, knownRules: Set<String>) -> (Suppressions, [Diagnostic]) {
        var result = Suppressions()
        var diagnostics: [Diagnostic] = []
        var state = State()
        var pendingNextLine: [Set<String>?] = []
        for (index, line) in source.lines.enumerated() {
            let number = index + 1
            let scope = source.scope(ofLine: number)
            guard scope != .code, scope != .frontMatter else { continue }
            let directives = SuppressionDirective.all(in: line)
            if directives.isEmpty && !pendingNextLine.isEmpty && !line.allSatisfy(\.isWhitespace) {
                for rules in pendingNextLine { result.add(rules, line: number) }
                pendingNextLine = []
            }
            for directive in directives {
                let location = SourceLocation(file: path, line: number, column: directive.column)
                diagnostics += directive.unknownRules(knownRules, at: location)
                switch directive.action {
                case .disable, .enable:
                    state.apply(directive)
                    result.states.append((number, state))
                case .disableNextLine: pendingNextLine.append(directive.rules)
                case .disableLine: result.add(directive.rules, line: number)
                }
            }
        }
        return (result, diagnostics)
    }

    private mutating func add(_ rules: Set<String>?, line: Int) {
        if let rules, case .some(.some(let existing)) = lineRules[line] {
            lineRules[line] = existing.union(rules)
        } else if lineRules[line] == nil || rules == nil {
            lineRules[line] = .some(rules)
        }
    }

    /// True when `rule` is switched off on `line`.
    func suppresses(_ rule: String, line: Int) -> Bool {
        if let entry = lineRules[line] {
            guard let rules = entry else { return true }
            if rules.contains(rule) { return true }
        }
        guard let last = states.last(where: { $0.line <= line }) else { return false }
        return last.state.suppresses(rule)
    }
}

extension Suppressions.State {
    fileprivate mutating func apply(_ directive: SuppressionDirective) {
        switch (directive.action, directive.rules) {
        case (.disable, nil):
            self = Suppressions.State(allDisabled: true)
        case (.enable, nil):
            self = Suppressions.State()
        case (.disable, let rules?):
            disabled.formUnion(rules)
            exceptions.subtract(rules)
        case (.enable, let rules?):
            disabled.subtract(rules)
            if allDisabled { exceptions.formUnion(rules) }
        default:
            break
        }
    }
}
