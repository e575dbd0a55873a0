import SitegenCore

/// Human-readable rule listings: the `--list-rules` table and the `--explain RULE` page.
public enum RuleCatalog {
    /// A table of every rule: id, category, default severity, analysis need and summary.
    public static func table(_ rules: [any LintRule.Type] = RuleRegistry.all, configuration: LintConfiguration? = nil) -> String {
        let rows = rules.map { rule -> [String] in
            let d = rule.description
            let settings = configuration?.configuration(for: rule)
            let severity = settings.map { $0.enabled ? $0.severity.rawValue : "off" } ?? d.defaultSeverity.rawValue
            return [d.id, d.category.rawValue, severity, d.summary]
        }
        let header = ["RULE", "CATEGORY", "SEVERITY", "SUMMARY"]
        let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            (0..<3).map { cells[$0].padding(widths[$0]) }.joined(separator: "  ") + "  " + cells[3]
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Everything about one rule: purpose, rationale, defaults, config keys and examples.
    public static func explain(_ rule: any LintRule.Type) -> String {
        let d = rule.description
        var out = "\(d.id): \(d.name)\n\n\(d.summary)\n\n\(d.rationale)\n\n"
        out += "category: \(d.category.rawValue)\n"
        out += "default severity: \(d.defaultSeverity.rawValue)\n"
        out += "scope: " + d.scope.sorted().map(\.rawValue).joined(separator: ", ") + "\n"
        if d.needsAnalysis { out += "uses the analysis engine\n" }
        out += "\nconfiguration (sitegen.yml):\n\n  lint:\n    rules:\n      \(d.id):\n"
        out += "        severity: \(d.defaultSeverity.rawValue)   # error, warning, note; or `\(d.id): off`\n"
        out += "        scope: [" + d.scope.sorted().map(\.rawValue).joined(separator: ", ") + "]\n"
        for option in d.options {
            out += "        \(option.key): \(ConfigReader.render(option.defaultValue))   # \(option.summary) (\(option.kind.rawValue))\n"
        }
        out += "\nsuppress: <!-- sitegen-lint disable-next-line \(d.id) -->\n"
        out += examples("triggering examples (↓ marks each finding)", d.triggeringExamples)
        out += examples("non-triggering examples", d.nonTriggeringExamples)
        return out
    }

    private static func examples(_ title: String, _ examples: [RuleExample]) -> String {
        guard !examples.isEmpty else { return "" }
        var out = "\n\(title):\n"
        for example in examples {
            out += "\n"
            if let note = example.note { out += "  # \(note)\n" }
            if !example.configuration.isEmpty { out += "  # with " + ConfigReader.render(.map(example.configuration)) + "\n" }
            if let keys = example.bibliography { out += "  # bibliography: " + (keys.isEmpty ? "(empty)" : keys.joined(separator: ", ")) + "\n" }
            for file in example.files {
                if example.files.count > 1 { out += "  --- \(file.path)\n" }
                for line in file.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(file.text.hasSuffix("\n") ? 1 : 0) {
                    out += "  | \(line)\n"
                }
            }
        }
        return out
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
