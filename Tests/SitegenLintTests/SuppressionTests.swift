import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct SuppressionTests {
    let path = TestDocuments.path

    func messages(_ source: String, _ diagnostics: [Diagnostic]) -> (kept: [String], result: LintResult) {
        let context = LintContext(documents: [TestDocuments.document(path)], sources: [path: source], stageDiagnostics: diagnostics)
        let result = Linter(rules: [EchoRule.self, MissingAltTextRule.self]).lint(context)
        return (result.findings.map(\.message), result)
    }

    @Test func disableAndEnableRanges() {
        let source = """
            line 1
            <!-- sitegen-lint disable echo -->
            line 3
            line 4
            <!-- sitegen-lint enable echo -->
            line 6
            """
        let (kept, result) = messages(source, [echo("1", 1), echo("3", 3), echo("4", 4), echo("6", 6)])
        #expect(kept == ["1", "6"])
        #expect(result.suppressed == 2)
    }

    @Test func disableAllThenEnableOne() {
        let source = "<!-- sitegen-lint disable -->\na\n<!-- sitegen-lint enable echo -->\nb\n<!-- sitegen-lint enable -->\nc\n"
        let (kept, _) = messages(source, [echo("a", 2), echo("b", 4), echo("c", 6)])
        #expect(kept == ["b", "c"])
    }

    @Test func otherRulesAreNotSuppressed() {
        let source = "<!-- sitegen-lint disable missing-alt-text -->\na\n"
        #expect(messages(source, [echo("a", 2)]).kept == ["a"])
    }

    @Test func disableNextLineSkipsBlankLinesAndCoversOneLine() {
        let source = "<!-- sitegen-lint disable-next-line echo -->\n\ntarget\nafter\n"
        #expect(messages(source, [echo("target", 3), echo("after", 4)]).kept == ["after"])
    }

    @Test func disableLineAndCommaSeparatedIDs() {
        let source = "text <!-- sitegen-lint disable-line missing-alt-text, echo -->\nnext\n"
        #expect(messages(source, [echo("same", 1), echo("next", 2)]).kept == ["next"])
    }

    @Test func directivesInCodeBlocksAreIgnored() {
        let source = "```\n<!-- sitegen-lint disable -->\n```\nreal\n"
        #expect(messages(source, [echo("real", 4)]).kept == ["real"])
    }

    @Test func unknownRuleIDsAreWarned() throws {
        let source = "<!-- sitegen-lint disable-next-line ecko -->\nx\n"
        let (kept, result) = messages(source, [echo("x", 2)])
        #expect(kept == ["x"])
        let note = try #require(result.notes.first)
        #expect(note.description == "Content/posts/a.md:1:1: warning: unknown rule `ecko` in sitegen-lint comment [lint-directive]\n  hint: did you mean `echo`?")
    }
}
