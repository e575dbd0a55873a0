import Foundation
import SitegenCore
import Testing
@testable import SitegenLint

/// A fixed result with a copy (related location), a warning with a hint, a note and a finding without a place.
enum Fixture {
    static let copyRule = RuleDescription(
        id: "duplicate-paragraph", name: "Duplicate paragraph", summary: "Flags copied paragraphs.",
        rationale: "Copies read as filler.", category: .repetition)
    static let altRule = MissingAltTextRule.description

    static var result: LintResult {
        let copy = LintFinding(
            ruleID: "duplicate-paragraph", severity: .error, message: "paragraph repeats one in Content/posts/a.md",
            location: SourceLocation(file: "Content/posts/b c.md", line: 7, column: 3), hint: nil,
            related: [Diagnostic.Related(location: SourceLocation(file: "Content/posts/a.md", line: 2, column: 1), message: "original paragraph")],
            fingerprint: "f1", utf16Column: 4, relatedUTF16Columns: [1])
        let alt = LintFinding(
            ruleID: "missing-alt-text", severity: .warning, message: "image `a,b:c.png` has no alt text",
            location: SourceLocation(file: "Content/posts/a.md", line: 3, column: 1),
            hint: "describe it: 100% of readers\nbenefit", fingerprint: "f2")
        let note = LintFinding(
            ruleID: "missing-alt-text", severity: .note, message: "an <odd> & \"quoted\" note",
            location: SourceLocation(file: "Content/posts/a.md", line: 9, column: 2), fingerprint: "f3")
        return LintResult(
            findings: [alt, note, copy].sorted(by: LintFinding.reportOrder), suppressed: 2, baselined: 0, filesChecked: 5,
            rules: [copyRule, altRule])
    }
}

@Suite struct ReporterTests {
    @Test func text() {
        let expected = """
            Content/posts/a.md:3:1: warning: image `a,b:c.png` has no alt text [missing-alt-text]
              hint: describe it: 100% of readers
                    benefit
            Content/posts/a.md:9:2: note: an <odd> & "quoted" note [missing-alt-text]
            Content/posts/b c.md:7:3: error: paragraph repeats one in Content/posts/a.md [duplicate-paragraph]
              related: Content/posts/a.md:2:1: original paragraph
            1 error, 1 warning, 1 note in 2 files (2 suppressed)

            """
        #expect(TextReporter().report(Fixture.result) == expected)
    }

    @Test func textColourOnlyWhenAsked() {
        let plain = TextReporter().report(Fixture.result)
        let coloured = TextReporter(options: ReportOptions(color: true)).report(Fixture.result)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33mwarning:\u{1B}[0m"))
    }

    @Test func textSummaryWhenClean() {
        let clean = LintResult(findings: [], baselined: 3, filesChecked: 1)
        #expect(TextReporter().report(clean) == "no findings in 1 file checked (3 in baseline)\n")
    }

    @Test func jsonLines() {
        let lines = JSONReporter(lines: true).report(Fixture.result).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"rule":"missing-alt-text","severity":"warning","message":"image `a,b:c.png` has no alt text","path":"Content/posts/a.md","line":3,"column":1,"hint":"describe it: 100% of readers\nbenefit","fingerprint":"f2"}"#)
        #expect(lines[2] == #"{"rule":"duplicate-paragraph","severity":"error","message":"paragraph repeats one in Content/posts/a.md","path":"Content/posts/b c.md","line":7,"column":3,"related":[{"path":"Content/posts/a.md","line":2,"column":1,"message":"original paragraph"}],"fingerprint":"f1"}"#)
    }

    @Test func jsonDocumentParsesAndSummarises() throws {
        let text = JSONReporter().report(Fixture.result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "notes": 1, "files": 2, "checked": 5, "suppressed": 2, "baselined": 0])
        #expect((object["findings"] as? [Any])?.count == 3)
    }

    @Test func checkstyle() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="Content/posts/a.md">
                <error line="3" column="1" severity="warning" message="image `a,b:c.png` has no alt text (hint: describe it: 100% of readers&#10;benefit)" source="sitegen.lint.missing-alt-text"/>
                <error line="9" column="2" severity="info" message="an &lt;odd&gt; &amp; &quot;quoted&quot; note" source="sitegen.lint.missing-alt-text"/>
              </file>
              <file name="Content/posts/b c.md">
                <error line="7" column="3" severity="error" message="paragraph repeats one in Content/posts/a.md" source="sitegen.lint.duplicate-paragraph"/>
              </file>
            </checkstyle>

            """
        #expect(CheckstyleReporter().report(Fixture.result) == expected)
    }

    @Test func formatSpecs() throws {
        #expect(try ReportSpec.parse([]) == [ReportSpec(format: .text)])
        #expect(try ReportSpec.parse(["text,sarif=out/lint.sarif", "github", "json=-"]) == [
            ReportSpec(format: .text), ReportSpec(format: .sarif, path: "out/lint.sarif"), ReportSpec(format: .github),
            ReportSpec(format: .json),
        ])
        do {
            _ = try ReportSpec.parse(["srif=x"])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unknown report format `srif`")
            #expect(error.hint == "did you mean `sarif`?")
        }
    }
}
