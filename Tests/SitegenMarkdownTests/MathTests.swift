import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct MathTests {
    @Test func inlineAndDisplayMathAreProtectedFromMarkdown() {
        let inlines = firstParagraph(parse("Let $a_1 *b* c_2$ and $$\\sum_{i} x_i * y_i$$ hold, *really*.\n").document)
        #expect(inlines == [
            .text("Let "), .math(tex: "a_1 *b* c_2", display: false), .text(" and "),
            .math(tex: "\\sum_{i} x_i * y_i", display: true), .text(" hold, "), .emphasis([.text("really")]), .text("."),
        ])
    }

    @Test func pricesAreNotMath() {
        let document = parse("It costs $5 and $6 today, or $20,000.\n").document
        #expect(maths(document).isEmpty)
        #expect(firstParagraph(document) == [.text("It costs $5 and $6 today, or $20,000.")])
    }

    @Test(arguments: [
        ("$ a$ b$", 0), ("$a $ x", 0), ("$x$5", 0), ("\\$x$", 0), ("$x$", 1), ("$x$.", 1), ("a $b$ c $d$", 2),
        ("$\\$5$", 1), ("`$x$` code", 0), ("``a ` $x$ ``", 0), ("a $$ $$", 1), ("a $$x$$", 1),
    ])
    func pandocDollarRules(source: String, count: Int) {
        #expect(maths(parse(source).document).count == count, "\(source)")
    }

    @Test func mathInCodeIsRestoredVerbatim() {
        let document = parse("Use `echo $HOME$` or\n\n```sh\necho $a$ $$b$$\n```\n\n    indented $x$ code\n").document
        let blocks = document.root.blocks
        #expect(firstParagraph(document).contains(.code("echo $HOME$")))
        #expect(blocks[1].kind == .code(language: "sh", text: "echo $a$ $$b$$\n"))
        #expect(blocks[2].kind == .code(language: nil, text: "indented $x$ code\n"))
    }

    @Test func mathInLinkURLsAndRawHTMLIsRestored() {
        let inlines = firstParagraph(parse("[a](https://x.org/$y$) <span title=\"$z$\">t</span>\n").document)
        #expect(inlines.first == .link(destination: "https://x.org/$y$", title: "", children: [.text("a")]))
        #expect(inlines.contains(.html("<span title=\"$z$\">")))
    }

    @Test func multiLineDisplayMathIsOneEquationBlock() throws {
        let document = parse(post("Text\n\n$$\na &= b \\\\\nc &= d\n$$ {#eq-align}\n\nAfter.\n")).document
        let blocks = document.root.blocks
        #expect(blocks.count == 3)
        #expect(blocks[1].kind == .math(tex: "a &= b \\\\\nc &= d"))
        #expect(blocks[1].attributes.id == "eq-align")
        #expect(blocks[1].location.lineColumn == "7:1")
        #expect(blocks[2].location.line == 12)
    }

    @Test func displayMathInsideAParagraphWithALabelSplitsIt() {
        let document = parse("The energy\n$$E = mc^2$$ {#eq-e}\nwhere m is mass.\n").document
        let blocks = document.root.blocks
        #expect(blocks.count == 3)
        #expect(blocks[0].kind == .paragraph([.text("The energy")]))
        #expect(blocks[1].kind == .math(tex: "E = mc^2"))
        #expect(blocks[1].attributes.id == "eq-e")
        #expect(blocks[1].location.lineColumn == "2:1")
        #expect(blocks[2].kind == .paragraph([.text("where m is mass.")]))
    }

    @Test func unlabelledDisplayMathInProseStaysInline() {
        let inlines = firstParagraph(parse("So\n$$x$$\nthus.\n").document)
        #expect(inlines == [.text("So"), .softBreak, .math(tex: "x", display: true), .softBreak, .text("thus.")])
    }

    @Test func displayMathInQuotesAndListsDropsContainerPrefixes() {
        let document = parse("> $$\n> a\n> b\n> $$\n\n- $$\n  c\n  $$\n").document
        let texts = allBlocks(document).compactMap { block -> String? in
            if case .math(let tex) = block.kind { return tex } else { return nil }
        }
        #expect(texts == ["a\nb", "c"])
    }

    /// One-line paragraphs are prepared without cmark's structure pass; a wrapped paragraph still gets it, so
    /// math may span its lines but never a block start inside the same run of lines.
    @Test func mathInOneLineAndWrappedParagraphs() {
        let document = parse("One $x$ line, `$y` code.\n\nWrapped $a +\nb$ math.\n\n- item $p\n- q$ two\n").document
        #expect(maths(document).map(\.0) == ["x", "a +\nb"])
    }

    @Test func mathDoesNotCrossABlankLine() {
        #expect(maths(parse("$a\n\nb$\n").document).isEmpty)
    }

    /// A user's report: the `$` before `10` paired with the `$` inside the next item's code span, so one math
    /// span swallowed the end of the first item and the start of the second, and the two items merged.
    @Test func inlineMathNeverCrossesIntoTheNextListItem() throws {
        let document = parse("- so \"between $5 and $10\" is plain text;\n- such as `$HOME`, is ever math.\n").document
        #expect(maths(document).isEmpty)
        guard case .list(let list)? = document.root.blocks.first?.kind else {
            Issue.record("expected a list, got \(document.root.blocks)")
            return
        }
        #expect(list.items.count == 2)
        #expect(list.items.first?.blocks.first?.kind == .paragraph([.text("so \"between $5 and $10\" is plain text;")]))
        #expect(allInlines(document).contains(.code("$HOME")))
    }

    @Test(arguments: [
        ("- a $x\n- y$ b\n", "a list item"), ("a $x\n# y$\n", "an ATX heading"), ("# a $x\ny$ b\n", "the text after a heading"),
        ("a $x\n> y$\n", "a block quote"), ("a $$x\n- y$$\n", "a list item (display math)"),
        ("1. a $x\n2. y$\n", "an ordered item"), ("a $x\n***\ny$\n", "a thematic break"),
        ("| a $x |\n|---|\n| y$ |\n", "a table row"), ("a $x\n```\ny$\n```\n", "a code fence"),
        ("a $x\n<div>\ny$</div>\n", "an HTML block"),
    ])
    func mathNeverSpansIntoAnotherBlock(source: String, block: String) {
        #expect(maths(parse(source).document).isEmpty, "math crossed into \(block): \(source)")
    }

    @Test func mathStillSpansLinesInsideOneBlock() {
        #expect(maths(parse("- a $x\n  y$ b\n").document).map(\.0) == ["x\ny"])
        #expect(maths(parse("> a $x\n> y$ b\n").document).map(\.0) == ["x\ny"])
        #expect(maths(parse("> a $x\ny$ lazily continued\n").document).map(\.0) == ["x\ny"])
        #expect(maths(parse("Title $x\ny$\n===\n").document).map(\.0) == ["x\ny"])
    }

    @Test func aDollarInsideACodeSpanNeverOpensOrClosesMath() {
        #expect(maths(parse("costs $10 and `$HOME` or y$ here\n").document).isEmpty)
        #expect(allInlines(parse("costs $10 and `$HOME` or y$ here\n").document).contains(.code("$HOME")))
        #expect(maths(parse("$x `b$` c$\n").document).isEmpty)
        #expect(maths(parse("`a $x` and $y$\n").document).map(\.0) == ["y"])
        // A whole code span inside math is TeX (as in pandoc); only a closing `$` inside one is refused.
        #expect(maths(parse("$a `b` c$\n").document).map(\.0) == ["a `b` c"])
        #expect(maths(parse("$a`b$\n").document).map(\.0) == ["a`b"])
    }

    @Test func columnsAfterMathMapBackToTheSource() throws {
        let document = parse("$\\alpha$ and $$\\beta^{2}$$ then @key\n").document
        let citation = try #require(citations(document).first)
        #expect(citation.location.lineColumn == "1:33")
    }

    @Test func mathInHeadingsAndTables() {
        let document = parse("# About $x^2$\n\n| $a|b$ | c |\n|---|---|\n| 1 | 2 |\n").document
        #expect(document.sections[0].heading == [.text("About "), .math(tex: "x^2", display: false)])
        #expect(document.sections[0].id == "about-x-2")
        #expect(maths(document).map(\.0).contains("x^2"))
    }
}
