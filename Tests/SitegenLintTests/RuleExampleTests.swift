import SitegenCore
import SitegenMarkdown
import Testing
@testable import SitegenLint

/// The one generic test: every rule's triggering examples report exactly at their `↓` markers, and its
/// non-triggering examples report nothing. Feed examples run through the binary in `CommandTests`.
@Suite struct RuleExampleTests {
    static let harness = ExampleHarness { text, path, id in
        let parsed = MarkdownParser().parse(text, path: path, id: id)
        return (parsed.document, parsed.diagnostics)
    }

    static func cases(triggering: Bool) -> [String] {
        RuleRegistry.all.flatMap { rule in
            let examples = triggering ? rule.description.triggeringExamples : rule.description.nonTriggeringExamples
            return examples.indices.compactMap { index in
                examples[index].files.contains { ExampleHarness.isFeed($0.path) } ? nil : "\(rule.description.id)#\(index)"
            }
        }
    }

    static func example(_ name: String, triggering: Bool) throws -> (any LintRule.Type, RuleExample) {
        let parts = name.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let index = try #require(Int(parts[1]))
        let examples = triggering ? rule.description.triggeringExamples : rule.description.nonTriggeringExamples
        return (rule, examples[index])
    }

    @Test(arguments: cases(triggering: true))
    func triggers(_ name: String) throws {
        let (rule, example) = try Self.example(name, triggering: true)
        let outcome = Self.harness.run(rule, example)
        #expect(outcome.found == outcome.expected, "\(name): \(outcome.messages)")
    }

    @Test(arguments: cases(triggering: false))
    func doesNotTrigger(_ name: String) throws {
        let (rule, example) = try Self.example(name, triggering: false)
        let outcome = Self.harness.run(rule, example)
        #expect(outcome.found.isEmpty, "\(name): \(outcome.messages)")
    }

    @Test func everyRuleHasRunnableExamples() {
        let names = Set(Self.cases(triggering: true).map { $0.split(separator: "#")[0] })
        for rule in RuleRegistry.all where rule.description.id != "feed-invalid" {
            #expect(names.contains(Substring(rule.description.id)), "\(rule.description.id) has no triggering example")
        }
    }
}
