import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct MarkdownParserTests {
    @Test func sectionsNestByLevelAndRootHoldsLeadingBlocks() throws {
        let document = parse(post("Intro para.\n\n# One\n\nA\n\n## One.1\n\nB\n\n### Deep\n\n## One.2\n\n# Two\n\nC\n")).document
        #expect(document.root.level == 0)
        #expect(document.root.blocks.count == 1)
        #expect(document.root.location.line == 5)
        let top = document.root.subsections
        #expect(top.map(\.id) == ["one", "two"])
        #expect(top[0].subsections.map(\.id) == ["one-1", "one-2"])
        #expect(top[0].subsections[0].subsections.map(\.id) == ["deep"])
        #expect(top[0].blocks.count == 1)
        #expect(document.sections.map(\.level) == [1, 2, 3, 2, 1])
        #expect(document.metadata.title == "T")
        #expect(document.id == "posts/post")
        #expect(document.origin == .file(path: "post.md"))
    }

    @Test func headingLevelsMayJump() {
        let document = parse("### Deep first\n\n# Top\n\n## Under\n").document
        #expect(document.root.subsections.map(\.level) == [3, 1])
        #expect(document.root.subsections[1].subsections.map(\.id) == ["under"])
    }

    @Test func blockLocationsIncludeTheFrontMatterOffset() {
        let document = parse(post("First paragraph.\n\n> quoted\n\n- item\n\npara\n\n    indented code\n")).document
        let blocks = document.root.blocks
        #expect(blocks.map(\.location.line) == [5, 7, 9, 11, 13])
        #expect(blocks.map(\.location.column) == [1, 1, 1, 1, 5])
        #expect(blocks.allSatisfy { $0.location.file == "post.md" })
        guard case .quote(let inner) = blocks[1].kind else {
            Issue.record("expected a quote")
            return
        }
        #expect(inner[0].location.lineColumn == "7:3")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let document = parse("- é ü @key\n").document
        let citation = try #require(citations(document).first)
        #expect(citation.location.lineColumn == "1:7")
    }

    @Test func crlfLineEndingsAndTabsKeepPositions() throws {
        let source = "---\r\ntitle: A\r\n---\r\n$$\r\nx\r\n$$ {#eq-x}\r\n\r\n-\titem @k\r\n"
        let document = parse(source).document
        #expect(document.root.blocks.first?.kind == .math(tex: "x"))
        #expect(document.root.blocks.first?.attributes.id == "eq-x")
        let citation = try #require(citations(document).first)
        #expect(citation.location.lineColumn == "8:8")
    }

    @Test func headingIDsAreSlugsExplicitOrUnique() {
        let document = parse("# Hello World\n\n# Hello World\n\n# Results {#sec-results .unnumbered}\n\n## Später Ändern\n\n# Intro\n\n# Other {#intro}\n").document
        let ids = document.sections.map(\.id)
        #expect(ids == ["hello-world", "hello-world-1", "sec-results", "später-ändern", "intro-1", "intro"])
        let results = document.sections[2]
        #expect(results.attributes.hasClass("unnumbered"))
        #expect(results.heading == [.text("Results")])
    }

    @Test func pandocDashShorthandMeansUnnumbered() {
        let section = parse("# Appendix {-}\n").document.sections[0]
        #expect(section.attributes.classes == ["unnumbered"])
        #expect(section.id == "appendix")
    }

    @Test func listsTasksAndCode() throws {
        let document = parse("3. three\n4. four\n\n- [x] done\n- [ ] open\n\n```python {.numberLines}\nprint(\"<hi>\")\n```\n\n```{r}\nx\n```\n").document
        let blocks = document.root.blocks
        guard case .list(let ordered) = blocks[0].kind, case .list(let tasks) = blocks[1].kind,
              case .code(let language, let text) = blocks[2].kind, case .code(let r, _) = blocks[3].kind else {
            Issue.record("unexpected blocks \(blocks)")
            return
        }
        #expect(ordered.ordered && ordered.start == 3 && ordered.items.count == 2 && ordered.tight)
        #expect(tasks.items.map(\.checked) == [true, false])
        #expect(language == "python")
        #expect(text == "print(\"<hi>\")\n")
        #expect(r == "r")
    }

    @Test func tableAlignmentsHeaderAndRows() throws {
        let document = parse("| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | 3 |\n").document
        guard case .table(let table) = document.root.blocks[0].kind else {
            Issue.record("no table")
            return
        }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(table.rows == [[[.text("1")], [.emphasis([.text("2")])], [.text("3")]]])
        #expect(table.caption.isEmpty)
    }

    @Test func footnotesInOrderOfFirstReferenceWithLabels() throws {
        let source = post("One[^b] two[^a] again[^b].\n\n[^a]: Alpha.\n[^b]: Beta with\n    two lines.\n")
        let document = parse(source).document
        #expect(document.footnotes.map(\.label) == ["b", "a"])
        #expect(document.footnotes[0].location.lineColumn == "8:7")
        #expect(firstParagraph(document).filter {
            if case .footnoteReference = $0 { return true } else { return false }
        } == [.footnoteReference("b"), .footnoteReference("a"), .footnoteReference("b")])
        #expect(PlainText.of(document.footnotes[1].blocks) == "Alpha.")
    }

    @Test func strikethroughNeedsDoubleTildeSoPandocSubscriptsSurvive() {
        let inlines = firstParagraph(parse("~~gone~~ and H~2~O\n").document)
        #expect(inlines.first == .strikethrough([.text("gone")]))
        #expect(inlines.contains(.text(" and H~2~O")))
    }

    @Test func autolinksAndRawHTML() {
        let inlines = firstParagraph(parse("Visit https://example.org and <kbd>x</kbd>.\n").document)
        #expect(inlines.contains(.link(destination: "https://example.org", title: "", children: [.text("https://example.org")])))
        #expect(inlines.contains(.html("<kbd>")))
    }

    @Test func neverThrowsOnEmptyInput() {
        let parsed = parse("")
        #expect(parsed.document.root.blocks.isEmpty)
        #expect(parsed.diagnostics.map(\.ruleID) == ["missing-title"])
    }

    @Test func hostileInputFinishes() {
        let deep = String(repeating: ">", count: 5000) + " x\n"
        let brackets = String(repeating: "[", count: 20000) + "@a" + String(repeating: "]", count: 20000)
        let dollars = String(repeating: "$5 and ", count: 5000)
        let ticks = String(repeating: "` `` ``` ", count: 3000)
        let emphasis = String(repeating: "*a **b ", count: 3000)
        let divs = String(repeating: "::: {.x}\n", count: 2000)
        let wrappedAttributes = String(repeating: "[x]{k=\"\n![a](b){.c\n", count: 3000)
        let listMath = String(repeating: "- a $x `$` y\n", count: 3000)
        for source in [
            deep, brackets, dollars, ticks, emphasis, divs, "\u{1}0\u{2} \u{0}", "$$\n" + dollars, wrappedAttributes, listMath,
        ] {
            let parsed = parse(source)
            _ = HTMLRenderer().render(parsed.document)
        }
        let unclosed = parse(divs)
        #expect(unclosed.diagnostics.filter { $0.ruleID == "unclosed-div" }.count == 2000)
    }

    @Test func controlBytesCannotForgeMathPlaceholders() {
        let inlines = firstParagraph(parse("a \u{1}0\u{2} b $x$\n").document)
        #expect(maths(parse("a \u{1}0\u{2} b $x$\n").document).map(\.0) == ["x"])
        #expect(inlines.first == .text("a  0  b "))
    }
}
