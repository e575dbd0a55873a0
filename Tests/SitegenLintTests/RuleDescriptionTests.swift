import SitegenCore
import Testing
@testable import SitegenLint

/// Every rule describes itself fully and consistently; the examples themselves run in `RuleExampleTests`.
@Suite struct RuleDescriptionTests {
    static let required = [
        "rewritten-section", "duplicate-paragraph", "label-scaffolding", "repeated-heading-pattern", "stock-phrases",
        "ngram-repetition", "restated-claim-chain", "circular-claim-chain", "unsupported-causal-claim",
        "undefined-citation", "unused-bibliography-entry", "duplicate-citation-key", "unresolved-cross-reference",
        "duplicate-label", "missing-alt-text", "missing-caption", "broken-internal-link", "broken-anchor", "feed-invalid",
    ]

    @Test func idsAreUniqueKebabCase() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id) is not kebab-case")
        }
    }

    @Test(arguments: RuleRegistry.all.map { $0.description.id })
    func describesItself(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        let d = rule.description
        #expect(!d.name.isEmpty && d.summary.hasSuffix(".") && d.rationale.count > 40)
        #expect(!d.scope.isEmpty)
        #expect(!d.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        for option in d.options {
            #expect(option.key.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id).\(option.key) is not snake_case")
            #expect(option.accepts(option.defaultValue), "\(id).\(option.key) default has the wrong type")
            #expect(!LintConfiguration.commonRuleKeys.contains(option.key))
        }
        for example in d.triggeringExamples {
            #expect(!example.stripped.markers.isEmpty, "a triggering example of \(id) has no ↓ marker")
            for key in example.configuration.keys { #expect(d.option(key) != nil, "\(id) example sets unknown option \(key)") }
        }
        for example in d.nonTriggeringExamples {
            #expect(example.stripped.markers.isEmpty, "a non-triggering example of \(id) has a ↓ marker")
        }
        #expect(RuleCatalog.explain(rule).contains("\(id):"))
    }

    @Test func markersAreStrippedWithTheirPositions() {
        let example = RuleExample("ab↓c\n↓d é↓f\n")
        let (files, markers) = example.stripped
        #expect(files.first?.text == "abc\nd éf\n")
        #expect(markers.map { "\($0.line):\($0.column)" } == ["1:3", "2:1", "2:4"])
    }

    @Test func catalogListsEveryRule() {
        let table = RuleCatalog.table()
        for rule in RuleRegistry.all { #expect(table.contains(rule.description.id)) }
        let (config, _) = LintConfiguration.parse(.map(["rules": .map(["missing-caption": .string("off")])]))
        let line = RuleCatalog.table(configuration: config).split(separator: "\n").first { $0.hasPrefix("missing-caption ") }
        #expect(line?.contains(" off ") == true)
    }
}
