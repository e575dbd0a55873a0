import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct GitHubReporterTests {
    @Test func escaping() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("dir:a,b/100%.md\n") == "dir%3Aa%2Cb/100%25.md%0A")
    }

    @Test func annotationsErrorsFirst() {
        let expected = """
            ::error file=Content/posts/b c.md,line=7,col=3,title=duplicate-paragraph::paragraph repeats one in Content/posts/a.md
            ::warning file=Content/posts/a.md,line=3,col=1,title=missing-alt-text::image `a,b:c.png` has no alt text%0Ahint: describe it: 100%25 of readers%0Abenefit
            ::notice file=Content/posts/a.md,line=9,col=2,title=missing-alt-text::an <odd> & "quoted" note
            sitegen lint: 1 error, 1 warning, 1 note in 2 files (2 suppressed)

            """
        #expect(GitHubReporter().report(Fixture.result) == expected)
    }

    @Test func limitsTenPerLevelAndListsTheRest() {
        let errors = (1...12).map { line in
            LintFinding(ruleID: "r", severity: .error, message: "e\(line)", location: SourceLocation(file: "a.md", line: line, column: 1), fingerprint: "e\(line)")
        }
        let warnings = (1...11).map { line in
            LintFinding(ruleID: "r", severity: .warning, message: "w\(line)", location: SourceLocation(file: "b.md", line: line, column: 1), fingerprint: "w\(line)")
        }
        let output = GitHubReporter().report(LintResult(findings: errors + warnings, filesChecked: 2))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
        #expect(lines.firstIndex { $0.hasPrefix("::warning") }! > lines.lastIndex { $0.hasPrefix("::error") }!)
        #expect(lines.contains("a.md:11:1: error: e11 [r]"))
        #expect(lines.contains("a.md:12:1: error: e12 [r]"))
        #expect(lines.contains("b.md:11:1: warning: w11 [r]"))
        #expect(!lines.contains { $0.hasPrefix("::") && $0.hasSuffix("::e11") })
        #expect(lines.contains("sitegen lint: GitHub shows 10 annotations per level and step; 3 more findings follow as plain lines:"))
        #expect(lines.last == "sitegen lint: 12 errors, 11 warnings in 2 files")
    }
}
