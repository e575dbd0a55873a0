import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Attribute blocks after images, links and bracketed spans may wrap onto the next line of their paragraph,
/// as in pandoc; one that never closes is reported instead of being printed as text without a word.
@Suite struct AttributeWrapTests {
    @Test func imageAttributesMayWrapOntoTheNextLine() throws {
        let document = parse(post("![A plot](p.png){#fig-a\nwidth=50%}\n")).document
        let block = try #require(document.root.blocks.first)
        guard case .figure(let figure) = block.kind else {
            Issue.record("not a figure: \(block.kind)")
            return
        }
        #expect(block.attributes.id == "fig-a")
        #expect(figure.caption == [.text("A plot")])
        #expect(figure.images.first?.attributes["width"] == "50%")
        #expect(CrossReferenceIndex(document)["fig-a"]?.number == "1")
        let html = HTMLRenderer().render(document).html
        #expect(html.contains("<figcaption>Figure 1: A plot</figcaption>"))
        #expect(!html.contains("{#fig-a"))
    }

    @Test func attributesMayWrapOverSeveralLinesAndTextMayFollow() throws {
        let inlines = firstParagraph(parse("See ![A](p.png){#fig-a\n.c\nwidth=1} and more.\n").document)
        guard case .image(let image)? = inlines.dropFirst().first else {
            Issue.record("no image in \(inlines)")
            return
        }
        #expect(image.attributes == Attributes(id: "fig-a", classes: ["c"], pairs: [.init("width", "1")]))
        #expect(inlines.last == .text(" and more."))
    }

    @Test func spanAndLinkAttributesMayWrap() {
        #expect(firstParagraph(parse("x [text]{.a\nkey=v} y\n").document) == [
            .text("x "), .span(Attributes(classes: ["a"], pairs: [.init("key", "v")]), [.text("text")]), .text(" y"),
        ])
        #expect(firstParagraph(parse("[l](u){.a\n#b} y\n").document) == [
            .span(Attributes(id: "b", classes: ["a"]), [.link(destination: "u", title: "", children: [.text("l")])]),
            .text(" y"),
        ])
    }

    @Test func unclosedAttributeBlockIsAnErrorWhereItOpens() throws {
        let parsed = parse(post("![A plot](p.png){#fig-a width=50%\n\nNext.\n"))
        let diagnostic = try #require(parsed.diagnostics.first { $0.ruleID == "unclosed-attributes" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.lineColumn == "5:17")
        #expect(diagnostic.message.contains("{#fig-a width=50%"))
        #expect(diagnostic.message.contains("p.png"))
        #expect(diagnostic.hint?.contains("}") == true)
        #expect(Self.attributeDiagnostics(parsed).count == 1)
    }

    @Test func unclosedSpanAttributesAcrossLinesAreReportedOnce() throws {
        let parsed = parse("Some [words]{.aside\nlang=fr and on\n\nNext.\n")
        #expect(Self.attributeDiagnostics(parsed).map(\.ruleID) == ["unclosed-attributes"])
        #expect(Self.attributeDiagnostics(parsed).first?.location?.lineColumn == "1:13")
    }

    @Test func malformedAttributeBlockIsAWarning() throws {
        let parsed = parse("![A](p.png){#fig-a width}\n")
        let diagnostic = try #require(Self.attributeDiagnostics(parsed).first)
        #expect(diagnostic.ruleID == "malformed-attributes")
        #expect(diagnostic.severity == .warning)
    }

    @Test(arguments: ["![A](p.png){smile}\n", "[x]{y} and {z\n", "[l](u){ not attributes\n", "text {#a\n", "![A](p.png) {#fig-a\n"])
    func braceTextThatIsNoAttributeBlockIsLeftAlone(source: String) {
        #expect(Self.attributeDiagnostics(parse(source)).isEmpty, "\(source)")
    }

    static func attributeDiagnostics(_ parsed: ParsedMarkdown) -> [Diagnostic] {
        parsed.diagnostics.filter { $0.ruleID?.hasSuffix("-attributes") == true }
    }
}

/// The same report where a label is written on a fenced div, a heading or a table caption.
@Suite struct UnclosedLabelTests {
    @Test func figureDivWithAnUnclosedAttributeBlockIsReportedAtItsBrace() throws {
        let parsed = parse(post("::: {#fig-p layout-ncol=2\n![A](a.png)\n\nPanels.\n:::\n"))
        let diagnostic = try #require(parsed.diagnostics.first { $0.ruleID == "unclosed-attributes" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.lineColumn == "5:5")
        #expect(diagnostic.message == "attribute block `{#fig-p layout-ncol=2` of a fenced div is never closed")
        #expect(AttributeWrapTests.attributeDiagnostics(parsed).count == 1)
    }

    @Test func headingAndCaptionWithUnclosedLabels() {
        let parsed = parse(post("## Results {#sec-results\n\n| a |\n|---|\n| 1 |\n\n: Data {#tbl-data\n"))
        let found = AttributeWrapTests.attributeDiagnostics(parsed)
        #expect(found.map(\.ruleID) == ["unclosed-attributes", "unclosed-attributes"])
        #expect(found.map { $0.location?.line } == [5, 11])
        #expect(found.first?.message == "attribute block `{#sec-results` of a heading is never closed")
        #expect(found.last?.message == "attribute block `{#tbl-data` of a table caption is never closed")
    }

    @Test func wellFormedOrProseBracesAreNotReported() {
        let parsed = parse(post("## Sets {#sec-sets}\n\n## Braces like { or {x\n\n::: {.note}\nText.\n:::\n"))
        #expect(AttributeWrapTests.attributeDiagnostics(parsed).isEmpty)
    }
}
