import SitegenAnalysis
import SitegenCore
import SitegenMarkdown
import Testing
@testable import SitegenLint

/// The analysis adapters: thresholds reach the analyser, a given report is used as it is, hints are added.
@Suite struct AnalysisRuleTests {
    func context(_ text: String, path: String = "Content/posts/a.md") -> LintContext {
        let document = MarkdownParser().parse(text, path: path, id: "posts/a").document
        return LintContext(documents: [document], sources: [path: text])
    }

    func lint(_ context: LintContext, _ block: MetaValue = .null) -> LintResult {
        let (configuration, warnings) = LintConfiguration.parse(block)
        #expect(warnings.isEmpty)
        return Linter(configuration: configuration).lint(context)
    }

    static let repeated = RuleRegistry.rule(id: "ngram-repetition")?.description.triggeringExamples.first?.stripped.files.first?.text ?? ""

    @Test func thresholdsReachTheAnalyser() {
        let found = lint(context(Self.repeated)).findings.map(\.ruleID)
        #expect(found.contains("ngram-repetition"))
        #expect(found.contains("duplicate-paragraph"))
        let raised = lint(context(Self.repeated), .map(["rules": .map([
            "ngram-repetition": .map(["min_words": .number(100_000)]),
            "duplicate-paragraph": .map(["min_words": .number(50)]),
        ])])).findings.map(\.ruleID)
        #expect(!raised.contains("ngram-repetition"))
        #expect(!raised.contains("duplicate-paragraph"))
    }

    @Test func disabledClaimRuleIsNotComputed() {
        let linter = Linter(configuration: LintConfiguration.parse(.map(["rules": .map(["unsupported-causal-claim": .string("off")])])).0)
        let prepared = linter.prepared(context("Remote work leads to lower productivity in software teams.\n"), for: linter.enabledRules)
        #expect(prepared.analysis?.findings(of: .unsupportedCausalClaim).isEmpty == true)
        let defaults = Linter()
        let again = defaults.prepared(context("Remote work leads to lower productivity in software teams.\n"), for: defaults.enabledRules)
        #expect(again.analysis?.findings(of: .unsupportedCausalClaim).count == 1)
    }

    @Test func givenReportIsUsedAsItIs() throws {
        let location = SourceLocation(file: "Content/posts/a.md", line: 1, column: 1)
        let finding = Finding(
            kind: .stockPhrases, severity: .note, message: "9 stock phrases", location: location, documentID: "posts/a",
            related: [RelatedLocation(role: "original", location: location.moved(line: 1, column: 1), documentID: "posts/a", message: "here")])
        var context = context("Plain text.\n")
        context.analysis = AnalysisReport(findings: [finding])
        let result = lint(context)
        let reported = try #require(result.findings.first { $0.ruleID == "stock-phrases" })
        #expect(reported.message == "9 stock phrases")
        #expect(reported.severity == .warning)
        #expect(reported.hint == StockPhrasesRule.hint)
        #expect(reported.related.first?.message == "here")
    }

    @Test func suppressionAndSeverityApplyToAnalysisFindings() {
        let text = "<!-- sitegen-lint disable ngram-repetition -->\n" + Self.repeated
        let result = lint(context(text), .map(["rules": .map(["duplicate-paragraph": .string("error")])]))
        #expect(!result.findings.contains { $0.ruleID == "ngram-repetition" })
        #expect(result.suppressed >= 1)
        #expect(result.findings.filter { $0.ruleID == "duplicate-paragraph" }.allSatisfy { $0.severity == .error })
        #expect(result.findings.contains { $0.ruleID == "duplicate-paragraph" })
    }
}
