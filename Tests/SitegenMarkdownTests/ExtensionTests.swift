import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct ExtensionTests {
    @Test func attributeParserReadsEveryForm() {
        let attributes = AttributeParser.parse("{#fig-x .wide .dark width=70% fig-alt=\"A \\\"quoted\\\" plot\" k='v w'}")
        #expect(attributes == Attributes(
            id: "fig-x", classes: ["wide", "dark"],
            pairs: [.init("width", "70%"), .init("fig-alt", "A \"quoted\" plot"), .init("k", "v w")]))
        #expect(AttributeParser.parse("{-}") == Attributes(classes: ["unnumbered"]))
        #expect(AttributeParser.parse("{}") == Attributes())
    }

    @Test(arguments: ["{#}", "{.}", "{k=}", "{k=\"open}", "{#a", "no braces", "{=v}", "{word}"])
    func attributeParserRejectsMalformedBlocks(text: String) {
        #expect(AttributeParser.parse(text) == nil)
    }

    @Test func trailingAttributesAreFoundAtTheEndOnly() {
        let bytes = Array("Title {#sec-a} text {#sec-b .x}  ".utf8)
        let found = AttributeParser.trailing(bytes, in: 0..<bytes.count)
        #expect(found?.0 == Attributes(id: "sec-b", classes: ["x"]))
        #expect(found?.1 == 20)
        #expect(AttributeParser.trailing(Array("no attrs}".utf8), in: 0..<9) == nil)
    }

    @Test func imageAloneInParagraphIsAFigureWithAttributes() throws {
        let document = parse(post("![A *bold* plot](img/plot.png \"T\"){#fig-plot width=70% fig-alt=\"Alt text\" .wide}\n")).document
        let block = try #require(document.root.blocks.first)
        guard case .figure(let figure) = block.kind else {
            Issue.record("not a figure: \(block.kind)")
            return
        }
        #expect(block.attributes.id == "fig-plot")
        #expect(block.location.lineColumn == "5:1")
        #expect(figure.caption == [.text("A "), .emphasis([.text("bold")]), .text(" plot")])
        #expect(figure.subcaptions.isEmpty)
        let image = try #require(figure.images.first)
        #expect(image.source == "img/plot.png")
        #expect(image.title == "T")
        #expect(image.attributes["width"] == "70%")
        #expect(image.attributes["fig-alt"] == "Alt text")
        #expect(image.attributes.classes == ["wide"])
        #expect(image.location.lineColumn == "5:1")
    }

    @Test func imageWithoutCaptionOrLabelStaysInline() {
        let document = parse("![](a.png)\n\nText ![x](b.png) inline.\n").document
        let blocks = document.root.blocks
        guard case .paragraph(let first) = blocks[0].kind, case .image = first[0] else {
            Issue.record("expected inline image paragraph")
            return
        }
        guard case .paragraph(let second) = blocks[1].kind else {
            Issue.record("expected paragraph")
            return
        }
        #expect(second.count == 3)
    }

    @Test func figureDivWithSubfigures() throws {
        let source = "::: {#fig-panel layout-ncol=2}\n![Left](l.png){#fig-l}\n\n![Right](r.png)\n\nBoth panels.\n:::\n"
        let block = try #require(parse(source).document.root.blocks.first)
        guard case .figure(let figure) = block.kind else {
            Issue.record("not a figure: \(block.kind)")
            return
        }
        #expect(block.attributes.id == "fig-panel")
        #expect(block.attributes["layout-ncol"] == "2")
        #expect(block.location.lineColumn == "1:1")
        #expect(figure.images.map(\.source) == ["l.png", "r.png"])
        #expect(figure.subcaptions == [[.text("Left")], [.text("Right")]])
        #expect(figure.caption == [.text("Both panels.")])
        #expect(figure.images[0].attributes.id == "fig-l")
    }

    @Test func imagesOnOneLineInAFigureDiv() throws {
        let block = try #require(parse("::: {#fig-row}\n![A](a.png) ![B](b.png)\n\nRow.\n:::\n").document.root.blocks.first)
        guard case .figure(let figure) = block.kind else {
            Issue.record("not a figure")
            return
        }
        #expect(figure.images.count == 2)
        #expect(figure.caption == [.text("Row.")])
    }

    @Test func tableCaptionsAfterTheTable() throws {
        let spaced = parse("| a |\n|---|\n| 1 |\n\n: Results by year {#tbl-results}\n").document.root.blocks
        let tight = parse("| a |\n|---|\n| 1 |\nTable: Tight *one*\n").document.root.blocks
        #expect(spaced.count == 1)
        #expect(tight.count == 1)
        guard case .table(let t1) = spaced[0].kind, case .table(let t2) = tight[0].kind else {
            Issue.record("tables expected")
            return
        }
        #expect(t1.caption == [.text("Results by year")])
        #expect(spaced[0].attributes.id == "tbl-results")
        #expect(t1.rows.count == 1)
        #expect(t2.caption == [.text("Tight "), .emphasis([.text("one")])])
        #expect(t2.rows.count == 1)
        #expect(tight[0].attributes.isEmpty)
    }

    @Test func colonParagraphWithoutTableIsADefinitionAsInPandoc() {
        let blocks = parse("Before.\n\n: not a caption\n").document.root.blocks
        #expect(blocks.count == 1)
        let definition = DefinitionList.Definition(
            blocks: [Block(.paragraph([.text("not a caption")]), at: SourceLocation(file: "post.md", line: 3, column: 3))],
            tight: false)
        #expect(blocks.first?.kind == .definitionList(DefinitionList(items: [.init(term: [.text("Before.")], definitions: [definition])])))
    }

    @Test func calloutsFromFencedDivs() throws {
        let source = post("""
        ::: {.callout-warning title="Mind the gap" collapse="true" #co-1}
        Body.
        :::

        ::: {.callout-tip}
        ## Tip heading
        Tip body.
        :::

        ::: callout-note
        Plain.
        :::
        """)
        let blocks = parse(source).document.root.blocks
        #expect(blocks.count == 3)
        guard case .callout(let warning) = blocks[0].kind, case .callout(let tip) = blocks[1].kind,
              case .callout(let note) = blocks[2].kind else {
            Issue.record("callouts expected: \(blocks.map(\.kind))")
            return
        }
        #expect(warning.kind == "warning")
        #expect(warning.title == [.text("Mind the gap")])
        #expect(warning.collapsed == true)
        #expect(warning.blocks.count == 1)
        #expect(blocks[0].attributes.id == "co-1")
        #expect(blocks[0].location.lineColumn == "5:1")
        #expect(tip.kind == "tip")
        #expect(tip.title == [.text("Tip heading")])
        #expect(tip.blocks.map(\.kind) == [.paragraph([.text("Tip body.")])])
        #expect(tip.collapsed == nil)
        #expect(note.kind == "note")
        #expect(note.title.isEmpty)
    }

    @Test func githubAlertsBecomeCallouts() throws {
        let blocks = parse("> [!IMPORTANT]\n> Read this.\n\n> [!TIP] Inline start.\n\n> [!UNKNOWN]\n> stays a quote\n").document.root.blocks
        guard case .callout(let important) = blocks[0].kind, case .callout(let tip) = blocks[1].kind else {
            Issue.record("callouts expected")
            return
        }
        #expect(important.kind == "important")
        #expect(important.blocks.map(\.kind) == [.paragraph([.text("Read this.")])])
        #expect(tip.blocks.map(\.kind) == [.paragraph([.text("Inline start.")])])
        guard case .quote = blocks[2].kind else {
            Issue.record("unknown alert should stay a quote")
            return
        }
    }

    @Test func nestedDivsByColonCountAndHeadingsInsideDivsAreNotSections() throws {
        let source = "::::: {.outer}\nA\n\n::: {.column-margin}\n## Not a section\nM\n:::\n\nB\n:::::\n\n# Real\n"
        let document = parse(source).document
        #expect(document.sections.map(\.id) == ["real"])
        guard case .div(let outer) = document.root.blocks[0].kind else {
            Issue.record("div expected")
            return
        }
        #expect(outer.count == 3)
        #expect(outer[1].attributes.classes == ["column-margin"])
        guard case .div(let margin) = outer[1].kind else {
            Issue.record("inner div expected")
            return
        }
        #expect(margin[0].kind == .heading(level: 2, content: [.text("Not a section")]))
        #expect(margin[0].attributes.id == "not-a-section")
    }

    @Test func divInsideCodeFenceIsCode() {
        let blocks = parse("```\n::: {.x}\n:::\n```\n").document.root.blocks
        #expect(blocks.map(\.kind) == [.code(language: nil, text: "::: {.x}\n:::\n")])
    }

    @Test func refsDivAndBareColonsWithoutOpenDiv() {
        let blocks = parse("::: {#refs}\n:::\n\n:::\n").document.root.blocks
        #expect(blocks[0].attributes.id == "refs")
        #expect(blocks[0].kind == .div([]))
        #expect(blocks[1].kind == .paragraph([.text(":::")]))
    }

    @Test func unclosedDivIsAnErrorAtItsOpeningLine() throws {
        let parsed = parse(post("Text.\n\n  ::: {.callout-note}\nInside.\n"))
        let diagnostic = try #require(parsed.diagnostics.first { $0.ruleID == "unclosed-div" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "post.md", line: 7, column: 3))
        #expect(diagnostic.message.contains("::: {.callout-note}"))
        #expect(diagnostic.hint?.contains(":::") == true)
        guard case .callout(let callout) = parsed.document.root.blocks[1].kind else {
            Issue.record("callout still built \(parsed.document.root.blocks)")
            return
        }
        #expect(callout.blocks.count == 1)
    }

    @Test func spansWithAttributes() {
        let inlines = firstParagraph(parse("A [margin *note*]{.aside} and [x]{.smallcaps lang=fr} and [plain] end.\n").document)
        #expect(inlines == [
            .text("A "), .span(Attributes(classes: ["aside"]), [.text("margin "), .emphasis([.text("note")])]),
            .text(" and "), .span(Attributes(classes: ["smallcaps"], pairs: [.init("lang", "fr")]), [.text("x")]),
            .text(" and [plain] end."),
        ])
    }

    @Test func linkWithAttributesIsWrappedInASpan() {
        let inlines = firstParagraph(parse("[site](https://x.org){.external}\n").document)
        #expect(inlines == [.span(Attributes(classes: ["external"]), [.link(destination: "https://x.org", title: "", children: [.text("site")])])])
    }

    @Test func citationsInsideSpans() {
        let document = parse("[as @a argues]{.aside}\n").document
        #expect(citations(document).map { $0.items[0].key } == ["a"])
    }
}
