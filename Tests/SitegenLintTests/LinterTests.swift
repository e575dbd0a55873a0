import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct LinterTests {
    let path = TestDocuments.path

    func lint(_ source: String, _ diagnostics: [Diagnostic], config: MetaValue = .null, targets: Set<String>? = nil) -> LintResult {
        let rules: [any LintRule.Type] = [EchoRule.self]
        let (configuration, _) = LintConfiguration.parse(config, rules: rules)
        let context = LintContext(documents: [TestDocuments.document(path)], sources: [path: source], stageDiagnostics: diagnostics)
        return Linter(configuration: configuration, rules: rules, targets: targets).lint(context)
    }

    @Test func findingsAreStampedAndSorted() {
        let result = lint("one\ntwo\nthree\n", [echo("b", 3, 2), echo("a", 1, 1), echo("c", 3, 1), echo("d", 2, 1, file: "Content/posts/0.md")])
        #expect(result.findings.map(\.message) == ["d", "a", "c", "b"])
        #expect(result.findings.allSatisfy { $0.ruleID == "echo" && $0.severity == .warning })
        #expect(result.rules.map(\.id) == ["echo"])
    }

    @Test func configuredSeverityWins() {
        let result = lint("x\n", [echo("a", 1)], config: .map(["rules": .map(["echo": .string("error")])]))
        #expect(result.findings.first?.severity == .error)
        #expect(result.exitCode(failOn: .error) == 1)
    }

    @Test func disabledRuleDoesNotRun() {
        let result = lint("x\n", [echo("a", 1)], config: .map(["rules": .map(["echo": .string("off")])]))
        #expect(result.findings.isEmpty)
        #expect(result.rules.isEmpty)
    }

    @Test func exitCodesFollowFailOn() {
        let warnings = lint("x\n", [echo("a", 1)])
        #expect(warnings.exitCode(failOn: .error) == 0)
        #expect(warnings.exitCode(failOn: .warning) == 1)
        #expect(warnings.exitCode(failOn: .note) == 1)
        #expect(lint("x\n", []).exitCode(failOn: .note) == 0)
    }

    @Test func duplicatesAreReportedOnce() {
        let result = lint("x\n", [echo("a", 1), echo("a", 1)])
        #expect(result.findings.count == 1)
    }

    @Test func scopeDropsCodeMathAndQuotes() {
        let source = """
            Prose line with `code span` and $x^2$ math.
            ```
            code block
            ```
            > quoted text
            lazy continuation

            $$
            e = mc^2
            $$
            After.
            """
        let inputs = [
            echo("prose", 1, 1), echo("inline code", 1, 19), echo("inline math", 1, 35), echo("fence", 3, 1),
            echo("quote", 5, 3), echo("lazy", 6, 1), echo("math", 9, 1), echo("after", 11, 1),
        ]
        #expect(lint(source, inputs).findings.map(\.message) == ["prose", "after"])
        let withQuotes = lint(source, inputs, config: .map(["rules": .map(["echo": .map(["scope": .list([.string("prose"), .string("quote")])])])]))
        #expect(withQuotes.findings.map(\.message) == ["prose", "quote", "lazy", "after"])
    }

    @Test func githubAlertsAreProseNotQuotes() {
        let source = "> [!NOTE]\n> This is a note.\n\n> A real quote.\n"
        #expect(lint(source, [echo("alert", 2, 3), echo("quote", 4, 3)]).findings.map(\.message) == ["alert"])
    }

    @Test func frontMatterIsNotProse() {
        let source = "---\ntitle: In conclusion\n---\nBody.\n"
        #expect(lint(source, [echo("fm", 2, 8), echo("body", 4, 1)]).findings.map(\.message) == ["body"])
    }

    @Test func ignoreAndTargetsFilterPaths() {
        let other = "Content/posts/b.md"
        let inputs = [echo("a", 1), echo("b", 1, file: other)]
        let ignored = lint("x\n", inputs, config: .map(["ignore": .list([.string("Content/posts/b.md")])]))
        #expect(ignored.findings.map(\.message) == ["a"])
        let targeted = lint("x\n", inputs, targets: [other])
        #expect(targeted.findings.map(\.message) == ["b"])
    }

    @Test func utf16ColumnsCountSurrogatePairs() throws {
        // "😀" is one scalar but two UTF-16 code units; "é" is one of each.
        let result = lint("é😀 word\n", [echo("a", 1, 4)])
        let finding = try #require(result.findings.first)
        #expect(finding.location?.column == 4)
        #expect(finding.utf16Column == 5)
    }
}
