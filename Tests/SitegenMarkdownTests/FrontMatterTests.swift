import Foundation
import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() {
        let split = FrontMatter.split("---\ntitle: A\n---\nBody\n")
        #expect(split.yaml == "title: A\n")
        #expect(split.yamlStartLine == 2)
        #expect(split.bodyStartLine == 4)
        #expect(split.body == "Body\n")
        #expect(split.bodyByteOffset == 17)
        #expect(split.diagnostics.isEmpty)
    }

    @Test func acceptsDotsAsClosingFenceAndCRLF() {
        let split = FrontMatter.split("---\r\ntitle: A\r\n...\r\nBody")
        #expect(split.yaml == "title: A\r\n")
        #expect(split.body == "Body")
        #expect(split.bodyStartLine == 4)
    }

    @Test func noFrontMatterWhenFileDoesNotStartWithFence() {
        let split = FrontMatter.split("# Title\n---\nx: y\n---\n")
        #expect(split.yaml == nil)
        #expect(split.bodyStartLine == 1)
        #expect(split.body.hasPrefix("# Title"))
    }

    @Test func dashesFollowedByBlankLineAreAThematicBreakNotFrontMatter() {
        let split = FrontMatter.split("---\n\ntext\n---\n")
        #expect(split.yaml == nil)
        #expect(split.diagnostics.isEmpty)
    }

    @Test func unclosedFrontMatterIsAnErrorAtLineOne() throws {
        let split = FrontMatter.split("---\ntitle: A\n\nBody text\n", path: "Content/posts/a.md")
        #expect(split.yaml == nil)
        let diagnostic = try #require(split.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.ruleID == "unclosed-front-matter")
        #expect(diagnostic.location == SourceLocation(file: "Content/posts/a.md", line: 1, column: 1))
        #expect(diagnostic.hint?.contains("---") == true)
    }

    @Test func tomlFrontMatterGetsADiagnosticAndIsSkipped() throws {
        let split = FrontMatter.split("+++\ntitle = \"A\"\n+++\nBody\n", path: "a.md")
        let diagnostic = try #require(split.diagnostics.first)
        #expect(diagnostic.message == "TOML front matter is not supported; use --- YAML ---")
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.hint != nil)
        #expect(split.body == "Body\n")
        #expect(split.bodyStartLine == 4)
    }

    @Test func readsEveryKnownField() throws {
        let source = """
        ---
        title: "A post: with colon"
        date: 2024-03-05
        updated: 2024-03-06T10:30:00Z
        authors:
          - name: Ada Lovelace
          - Grace Hopper
          - name: {given: Alan, family: Turing}
        tags: [ml, chemistry]
        categories: [ml, physics]
        description: A summary.
        draft: true
        slug: custom-slug
        aliases: [/old/, /older/]
        bibliography: refs.bib
        reference-location: margin
        ---
        Body
        """
        let result = FrontMatter.read(source, path: "a.md")
        #expect(result.diagnostics.isEmpty)
        let m = result.metadata
        #expect(m.title == "A post: with colon")
        #expect(m.date == Date(timeIntervalSince1970: 1_709_596_800))
        #expect(m.updated == Date(timeIntervalSince1970: 1_709_721_000))
        #expect(m.authors == ["Ada Lovelace", "Grace Hopper", "Alan Turing"])
        #expect(m.tags == ["ml", "chemistry", "physics"])
        #expect(m.description == "A summary.")
        #expect(m.draft)
        #expect(m.slug == "custom-slug")
        #expect(m.aliases == ["/old/", "/older/"])
        #expect(m.extra["bibliography"] == .string("refs.bib"))
        #expect(m.extra["reference-location"] == .string("margin"))
        #expect(m.extra["draft"] == .bool(true))
        #expect(m.extra["title"] == .string("A post: with colon"))
    }

    @Test func singleAuthorStringAndQuartoAuthorKey() {
        let m = FrontMatter.read("---\ntitle: A\nauthor: Jane Doe\n---\n", path: "a.md").metadata
        #expect(m.authors == ["Jane Doe"])
        let n = FrontMatter.read("---\ntitle: A\nauthor:\n  name: Solo\n---\n", path: "a.md").metadata
        #expect(n.authors == ["Solo"])
    }

    @Test func extraValuesKeepTheirYAMLTypes() {
        let m = FrontMatter.read("---\ntitle: A\nn: 3\nf: 2.5\nq: \"3\"\nnothing: ~\nmap: {a: [1, x]}\n---\n", path: "a.md").metadata
        #expect(m.extra["n"] == .number(3))
        #expect(m.extra["f"] == .number(2.5))
        #expect(m.extra["q"] == .string("3"))
        #expect(m.extra["nothing"] == .null)
        #expect(m.extra["map"] == .map(["a": .list([.number(1), .string("x")])]))
    }

    @Test(arguments: [
        ("2024-03-05", 1_709_596_800.0),
        ("2024-03-05T14:30:00", 1_709_649_000.0),
        ("2024-03-05 14:30", 1_709_649_000.0),
        ("2024-03-05T14:30:00Z", 1_709_649_000.0),
        ("2024-03-05T14:30:00+01:00", 1_709_645_400.0),
        ("2024-03-05T14:30:00-0130", 1_709_654_400.0),
        ("2024-03-05T14:30:00.5Z", 1_709_649_000.5),
        ("2024-02-29", 1_709_164_800.0),
        ("3/5/2024", 1_709_596_800.0),
        ("03/05/2024", 1_709_596_800.0),
    ])
    func acceptedDateForms(text: String, seconds: Double) {
        #expect(FrontMatterDate.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "13/05/2024", "2/30/2024", "1/2/24", "2024-03-05T25:00", "2024-03-05T10:00:00+1", "yesterday", "2024-3-5"])
    func rejectedDateForms(text: String) {
        #expect(FrontMatterDate.parse(text) == nil)
    }

    @Test func badDateIsAnErrorAtTheValueWithHint() throws {
        let source = "---\ntitle: A\ndate: 2024-02-30\n---\nBody\n"
        let result = FrontMatter.read(source, path: "p.md")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.ruleID == "invalid-date")
        #expect(diagnostic.message == "invalid date \"2024-02-30\" in `date`")
        #expect(diagnostic.location == SourceLocation(file: "p.md", line: 3, column: 7))
        #expect(diagnostic.hint?.contains("YYYY-MM-DD") == true)
        #expect(result.metadata.date == nil)
        #expect(result.metadata.title == "A")
    }

    @Test func movingQuartoDatesAreRejectedWithAReason() throws {
        let diagnostic = try #require(FrontMatter.read("---\ntitle: A\ndate: today\n---\n", path: "p.md").diagnostics.first)
        #expect(diagnostic.ruleID == "invalid-date")
        #expect(diagnostic.hint?.contains("must not depend on the day") == true)
    }

    @Test func invalidYAMLReportsTheFileLineAndColumn() throws {
        let source = "---\ntitle: A\ntags: [a, b\nother: x\n---\nBody\n"
        let result = FrontMatter.read(source, path: "p.md")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "front-matter")
        #expect(diagnostic.message.hasPrefix("invalid YAML in front matter"))
        #expect(diagnostic.hint != nil)
        // YAML line 3 ("other: x"), column of the colon libyaml trips over, shifted by the opening fence.
        #expect(diagnostic.location == SourceLocation(file: "p.md", line: 4, column: 6))
        #expect(!result.diagnostics.contains { $0.ruleID == "missing-title" })
    }

    @Test func tabIndentationErrorPointsIntoTheFile() throws {
        let source = "---\ntitle: A\nlist:\n\t- x\n---\n"
        let diagnostic = try #require(FrontMatter.read(source, path: "p.md").diagnostics.first)
        #expect(diagnostic.location?.line == 4)
    }

    @Test func nonMappingFrontMatterIsAnError() throws {
        let diagnostic = try #require(FrontMatter.read("---\n- a\n- b\n---\n", path: "p.md").diagnostics.first)
        #expect(diagnostic.message == "front matter must be a mapping of keys to values")
        #expect(diagnostic.location?.line == 2)
    }

    @Test func missingTitleIsAnErrorTheCallerMayIgnore() throws {
        let result = FrontMatter.read("---\ndate: 2024-01-01\n---\nBody\n", path: "p.md")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "post has no title")
        #expect(diagnostic.ruleID == "missing-title")
        #expect(diagnostic.hint?.contains("title:") == true)
        #expect(FrontMatter.read("No front matter\n", path: "p.md").diagnostics.first?.ruleID == "missing-title")
    }

    @Test func aliasBombIsBounded() {
        var yaml = "---\ntitle: A\na0: &a0 [x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 { yaml += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1)]\n" }
        yaml += "---\n"
        let result = FrontMatter.read(yaml, path: "p.md")
        #expect(result.metadata.title == "A")
    }

    @Test func slashedDatesAreReadMonthFirstWithAnISOHint() throws {
        let result = FrontMatter.read("---\ntitle: A\ndate: 10/04/2025\n---\nBody\n", path: "p.md")
        #expect(result.metadata.date == Date(timeIntervalSince1970: 1_759_536_000), "October 4, as Quarto reads it")
        let d = try #require(result.diagnostics.first)
        #expect(d.description == "p.md:3:7: warning: date \"10/04/2025\" in `date` is read month-first, as Quarto reads it: October 4, 2025 [date-format]\n  hint: write `date: 2025-10-04` (ISO 8601, year first) so no reader can take it for another day")
        #expect(FrontMatter.read("---\ntitle: A\ndate: 2025-10-04\n---\nBody\n", path: "p.md").diagnostics.isEmpty)
    }

    @Test func aMisspeltKeyGetsDidYouMeanAndOwnKeysStayQuiet() {
        let result = FrontMatter.read("---\ntitle: A\ntgas: [x]\ndaft: true\nbibliograpy: r.bib\ntype: note\nseries: optics\nmood: calm\nvenue: ICML\n---\nBody\n", path: "p.md")
        #expect(result.diagnostics.map(\.headline) == [
            "p.md:3:1: warning: unknown front matter key `tgas`; did you mean `tags`? [front-matter-key]",
            "p.md:4:1: warning: unknown front matter key `daft`; did you mean `draft`? [front-matter-key]",
            "p.md:5:1: warning: unknown front matter key `bibliograpy`; did you mean `bibliography`? [front-matter-key]",
        ])
    }
}
