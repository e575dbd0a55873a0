import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct ConfigurationTests {
    let rules: [any LintRule.Type] = RuleRegistry.all + [EchoRule.self]

    @Test func defaultsComeFromDescriptions() {
        let (config, warnings) = LintConfiguration.parse(.null, rules: rules)
        #expect(warnings.isEmpty)
        #expect(config.failOn == .error)
        #expect(config.configuration(for: EchoRule.self).options["min_words"] == .number(8))
        #expect(config.configuration(for: UnusedBibliographyEntryRule.self).severity == .note)
        #expect(config.configuration(for: MissingAltTextRule.self).enabled)
    }

    @Test func readsRuleSettings() {
        let block = MetaValue.map([
            "fail_on": .string("warning"),
            "ignore": .list([.string("Content/drafts/**")]),
            "baseline": .string(".sitegen/lint-baseline.json"),
            "rules": .map([
                "missing-alt-text": .string("off"),
                "broken-anchor": .bool(false),
                "duplicate-label": .string("note"),
                "echo": .map(["severity": .string("error"), "min_words": .number(12), "scope": .list([.string("prose"), .string("quote")])]),
            ]),
        ])
        let (config, warnings) = LintConfiguration.parse(block, rules: rules)
        #expect(warnings.isEmpty)
        #expect(config.failOn == .warning)
        #expect(config.ignore == ["Content/drafts/**"])
        #expect(config.baselinePath == ".sitegen/lint-baseline.json")
        #expect(!config.configuration(for: MissingAltTextRule.self).enabled)
        #expect(!config.configuration(for: BrokenAnchorRule.self).enabled)
        #expect(config.configuration(for: DuplicateLabelRule.self).severity == .note)
        let echo = config.configuration(for: EchoRule.self)
        #expect(echo.severity == .error)
        #expect(echo.integer("min_words", default: 0) == 12)
        #expect(echo.scope == [.prose, .quote])
        #expect(config.isIgnored("Content/drafts/x.md"))
        #expect(!config.isIgnored("Content/posts/x.md"))
    }

    @Test func unknownKeysAndRulesWarnWithNearestName() {
        let block = MetaValue.map([
            "fail-on": .string("warning"),
            "rules": .map([
                "missing-alt-txt": .string("off"),
                "echo": .map(["min_word": .number(3), "severty": .string("error")]),
            ]),
        ])
        let (config, warnings) = LintConfiguration.parse(block, file: "sitegen.yml", rules: rules)
        let text = warnings.map(\.description)
        #expect(text.contains { $0.contains("unknown key `fail-on` in `lint`") && $0.contains("did you mean `fail_on`?") })
        #expect(text.contains { $0.contains("unknown rule `missing-alt-txt`") && $0.contains("did you mean `missing-alt-text`?") })
        #expect(text.contains { $0.contains("unknown key `min_word`") && $0.contains("did you mean `min_words`?") })
        #expect(text.contains { $0.contains("unknown key `severty`") && $0.contains("did you mean `severity`?") })
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location?.file == "sitegen.yml" })
        // Nothing misspelt took effect.
        #expect(config.failOn == .error)
        #expect(config.configuration(for: MissingAltTextRule.self).enabled)
        #expect(config.configuration(for: EchoRule.self).options["min_words"] == .number(8))
    }

    @Test func badValuesAreWarnedAndIgnored() {
        let block = MetaValue.map([
            "fail_on": .string("eror"),
            "rules": .map([
                "echo": .map(["min_words": .string("many"), "scope": .list([.string("prosa")])]),
                "duplicate-label": .number(3),
            ]),
        ])
        let (config, warnings) = LintConfiguration.parse(block, rules: rules)
        let text = warnings.map(\.description).joined(separator: "\n")
        #expect(text.contains("unknown severity `eror`"))
        #expect(text.contains("did you mean `error`?"))
        #expect(text.contains("`lint.rules.echo.min_words` should be a whole number"))
        #expect(text.contains("unknown scope `prosa`"))
        #expect(text.contains("`lint.rules.duplicate-label` should be off, on, a severity or a mapping"))
        #expect(config.configuration(for: EchoRule.self).options["min_words"] == .number(8))
        #expect(config.configuration(for: EchoRule.self).scope == [.prose])
    }

    @Test func lintBlockMustBeAMapping() {
        let (_, warnings) = LintConfiguration.parse(.string("strict"), rules: rules)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message == "`lint` should be a mapping")
    }

    @Test func globs() {
        #expect(Glob.matches("Content/drafts/**", "Content/drafts/a/b.md"))
        #expect(Glob.matches("Content/drafts", "Content/drafts/a.md"))
        #expect(Glob.matches("Content/drafts/", "Content/drafts/a.md"))
        #expect(Glob.matches("**/*.draft.md", "Content/posts/x.draft.md"))
        #expect(Glob.matches("*.draft.md", "Content/posts/x.draft.md"))
        #expect(Glob.matches("Content/*/x.md", "Content/posts/x.md"))
        #expect(!Glob.matches("Content/*/x.md", "Content/posts/deep/x.md"))
        #expect(Glob.matches("Content/**/x.md", "Content/x.md"))
        #expect(!Glob.matches("Content/drafts/**", "Content/drafts-old/a.md"))
        #expect(!Glob.matches("Content/p?sts/a.md", "Content/p/sts/a.md"))
        // A hostile pattern finishes quickly.
        #expect(!Glob.matches(String(repeating: "*", count: 60) + "x", String(repeating: "a", count: 200)))
    }
}
