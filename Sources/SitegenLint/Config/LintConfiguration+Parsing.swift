import SitegenCore

extension LintConfiguration {
    /// Reads a `lint:` block, starting from the defaults; unknown keys, rule ids and bad values become warnings
    /// (with the nearest valid name) and are otherwise ignored, so a typo never stops a build.
    public static func parse(
        _ value: MetaValue, file: String = "sitegen.yml", rules: [any LintRule.Type] = RuleRegistry.all
    ) -> (LintConfiguration, [Diagnostic]) {
        var config = LintConfiguration(rules: rules)
        var reader = ConfigReader(file: file)
        switch value {
        case .null: break
        case .map(let block): config.apply(block, rules: rules, reader: &reader)
        default: reader.warn("`lint` should be a mapping", hint: "write `lint:` followed by indented keys such as `rules:`")
        }
        return (config, reader.diagnostics)
    }

    private mutating func apply(_ block: [String: MetaValue], rules: [any LintRule.Type], reader: inout ConfigReader) {
        for key in block.keys.sorted() {
            guard let value = block[key] else { continue }
            switch key {
            case "fail_on":
                if let severity = reader.severity(value, key: "lint.fail_on") { failOn = severity }
            case "ignore":
                ignore = reader.stringList(value, key: "lint.ignore")
            case "baseline":
                baselinePath = reader.string(value, key: "lint.baseline")
            case "rules":
                applyRules(value, rules: rules, reader: &reader)
            default:
                reader.unknownKey(key, in: "lint", candidates: Self.knownKeys)
            }
        }
    }

    private mutating func applyRules(_ value: MetaValue, rules: [any LintRule.Type], reader: inout ConfigReader) {
        guard case .map(let entries) = value else {
            reader.warn("`lint.rules` should be a mapping from rule id to settings", hint: "e.g. `stock-phrases: off`")
            return
        }
        let byID = Dictionary(rules.map { ($0.description.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            guard let rule = byID[id] else {
                reader.unknownRule(id, candidates: byID.keys)
                continue
            }
            var resolved = configuration(for: rule)
            resolved.apply(entry, rule: rule.description, reader: &reader)
            self.rules[id] = resolved
        }
    }
}

extension RuleConfiguration {
    /// Applies one `lint.rules.<id>` entry: `off`/`false`, `on`/`true`, a severity, or a mapping.
    mutating func apply(_ entry: MetaValue, rule: RuleDescription, reader: inout ConfigReader) {
        let path = "lint.rules.\(rule.id)"
        switch entry {
        case .bool(let on): enabled = on
        case .string(let word) where ["off", "disabled", "false", "no"].contains(word.lowercased()): enabled = false
        case .string(let word) where ["on", "enabled", "true", "yes"].contains(word.lowercased()): enabled = true
        case .string:
            if let severity = reader.severity(entry, key: path) { self.severity = severity }
        case .map(let settings):
            for key in settings.keys.sorted() {
                guard let value = settings[key] else { continue }
                apply(key: key, value: value, rule: rule, reader: &reader)
            }
        default:
            reader.warn("`\(path)` should be off, on, a severity or a mapping", hint: "e.g. `\(rule.id): warning`")
        }
    }

    private mutating func apply(key: String, value: MetaValue, rule: RuleDescription, reader: inout ConfigReader) {
        let path = "lint.rules.\(rule.id).\(key)"
        switch key {
        case "enabled":
            if case .bool(let on) = value { enabled = on } else { reader.warn("`\(path)` should be true or false") }
        case "severity":
            if let severity = reader.severity(value, key: path) { self.severity = severity }
        case "scope":
            if let parsed = reader.scope(value, key: path) { scope = parsed }
        default:
            guard let option = rule.option(key) else {
                reader.unknownKey(key, in: "lint.rules.\(rule.id)", candidates: LintConfiguration.commonRuleKeys + rule.options.map(\.key))
                return
            }
            guard option.accepts(value) else {
                reader.warn("`\(path)` should be \(option.kind.phrase)", hint: "the default is \(ConfigReader.render(option.defaultValue))")
                return
            }
            options[key] = value
        }
    }
}
