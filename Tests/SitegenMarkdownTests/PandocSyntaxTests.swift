import SitegenCore
import Testing
@testable import SitegenMarkdown

/// pandoc syntax that real posts use, and the bugs that hid content: minimal inputs, asserted on the parsed
/// document and the rendered HTML.
@Suite struct PandocSyntaxTests {
    @Test func definitionContinuationParagraphsAreNotCodeAndKeepCitationsAndNotes() throws {
        let source = post("Term\n:   First paragraph.\n\n    Second paragraph cites [@doe2020] and a note.[^n]\n\n[^n]: The note.\n")
        let parsed = parse(source)
        let blocks = parsed.document.root.blocks
        guard case .definitionList(let list)? = blocks.first?.kind else {
            Issue.record("no definition list: \(blocks)")
            return
        }
        #expect(list.items.count == 1 && list.items[0].term == [.text("Term")])
        let definition = try #require(list.items[0].definitions.first)
        #expect(!definition.tight && definition.blocks.count == 2)
        #expect(!definition.blocks.contains { if case .code = $0.kind { return true } else { return false } })
        #expect(citations(parsed.document).map { $0.items.map(\.key) } == [["doe2020"]])
        #expect(parsed.document.footnotes.map(\.label) == ["n"])
        let html = renderHTML(source).html
        #expect(html.contains("<dl>\n<dt>Term</dt>\n<dd>\n<p>First paragraph.</p>"))
        #expect(!html.contains("<pre>"))
    }

    @Test func aCompactDefinitionRendersWithoutParagraphTags() {
        let html = renderHTML(post("Term\n  ~ Short definition.\n")).html
        #expect(html.contains("<dd>\nShort definition.\n</dd>"))
    }

    @Test func aCommentedOutDivStaysACommentAndHidesNothingElse() {
        let source = post("Intro.\n\n<!--\n::: {.callout-note}\nSecret draft text.\n:::\n-->\n\nThe end.\n")
        let rendered = renderHTML(source)
        #expect(rendered.html.contains("<!--\n::: {.callout-note}\nSecret draft text.\n:::\n-->"))
        #expect(!rendered.html.contains("--&gt;") && !rendered.html.contains("class=\"callout"))
        #expect(rendered.html.contains("<p>The end.</p>"))
        #expect(!rendered.summary.contains("Secret") && rendered.summary.contains("The end."))
        #expect(parse(source).diagnostics.isEmpty)
    }

    @Test func nothingInsideACommentIsAnExtension() {
        let source = post("<!-- $x$ and [@key] and\nTerm\n:   not a definition\n-->\nAfter.\n")
        let parsed = parse(source)
        #expect(citations(parsed.document).isEmpty && maths(parsed.document).isEmpty)
        #expect(!allBlocks(parsed.document).contains { if case .definitionList = $0.kind { return true } else { return false } })
    }

    @Test func rawBlocksPassHTMLAndDropOtherFormats() {
        let html = renderHTML(post("```{=html}\n<video src=\"a.mp4\"></video>\n```\n\n```{=latex}\n\\newpage\n```\n\n```{=tex}\n\\clearpage\n```\n\nText.\n")).html
        #expect(html.contains("<video src=\"a.mp4\"></video>"))
        #expect(!html.contains("newpage") && !html.contains("clearpage") && !html.contains("<pre>"))
    }

    @Test func rawSpansPassHTMLAndDropOtherFormats() {
        let html = renderHTML(post("Press `<kbd>K</kbd>`{=html} or `\\LaTeX`{=latex}.\n")).html
        #expect(html.contains("<p>Press <kbd>K</kbd> or .</p>"))
    }

    @Test func pandocCrossrefSpellingsAreNumberedAndResolved() {
        let source = post("""
        # Introduction {#sec:intro}

        ![A chart.](chart.png){#fig:chart}

        | a | b |
        |---|---|
        | 1 | 2 |

        : Counts {#tbl:counts}

        $$ E = mc^2 $$ {#eq:energy}

        See [@fig:chart], @tbl:counts, @eq:energy and @sec:intro.
        """)
        let rendered = renderHTML(source, options: RenderOptions(numberSections: true))
        #expect(rendered.diagnostics.filter { $0.ruleID == "unresolved-cross-reference" }.isEmpty)
        #expect(rendered.html.contains("href=\"#fig:chart\" class=\"cross-ref\">Figure 1</a>"))
        #expect(rendered.html.contains("href=\"#tbl:counts\" class=\"cross-ref\">Table 1</a>"))
        #expect(rendered.html.contains("href=\"#eq:energy\" class=\"cross-ref\">"))
        #expect(rendered.html.contains("href=\"#sec:intro\" class=\"cross-ref\">Section 1</a>"))
        #expect(citations(parse(source).document).isEmpty)
    }

    @Test func figureDivAroundCodeIsNumberedAndCaptioned() {
        let source = post("::: {#fig-pipeline}\n```\nload -> parse -> render\n```\n\nThe pipeline.\n:::\n\n::: {#tbl-raw}\n<table><tr><td>1</td></tr></table>\n\nRaw table.\n:::\n\nSee @fig-pipeline and @tbl-raw.\n")
        let rendered = renderHTML(source)
        #expect(rendered.diagnostics.filter { $0.ruleID == "unresolved-cross-reference" }.isEmpty)
        #expect(rendered.html.contains("<figure id=\"fig-pipeline\" class=\"figure\">\n<pre><code>load -&gt; parse -&gt; render"))
        #expect(rendered.html.contains("<figcaption>Figure 1: The pipeline.</figcaption>"))
        #expect(rendered.html.contains("<figure id=\"tbl-raw\" class=\"table\">\n<figcaption>Table 1: Raw table.</figcaption>"))
        #expect(rendered.html.contains(">Figure 1</a> and <a") && rendered.html.contains(">Table 1</a>."))
    }

    @Test func tableDivTakesItsCaptionFromTheLastParagraph() {
        let source = post("::: {#tbl-div}\n| a |\n|---|\n| 1 |\n\nCounted things.\n:::\n\nSee @tbl-div.\n")
        let rendered = renderHTML(source)
        #expect(rendered.html.contains("<figcaption>Table 1: Counted things.</figcaption>"))
        #expect(rendered.html.contains(">Table 1</a>"))
    }

    @Test func gridTablesAreTablesWithCaptionsAndLabels() throws {
        let source = post("""
        +---------------+--------------------+
        | Fruit         | Advantages         |
        +===============+====================+
        | Bananas $x$   | - built-in wrapper |
        |               | - bright color     |
        +---------------+--------------------+
        | Oranges       | cures [@scurvy]    |
        +---------------+--------------------+

        : Sample grid table. {#tbl-grid}

        See @tbl-grid.
        """)
        let parsed = parse(source)
        let block = try #require(parsed.document.root.blocks.first)
        guard case .table(let table) = block.kind else {
            Issue.record("not a table: \(block.kind)")
            return
        }
        #expect(block.attributes.id == "tbl-grid")
        #expect(table.caption == [.text("Sample grid table.")])
        #expect(table.header == [[.text("Fruit")], [.text("Advantages")]])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][0] == [.text("Bananas "), .math(tex: "x", display: false)])
        #expect(table.rows[0][1] == [.text("built-in wrapper"), .lineBreak, .text("bright color")])
        let cited = citations(parsed.document)
        #expect(cited.map { $0.items.map(\.key) } == [["scurvy"]])
        #expect(cited.first?.location.line == 11)
        let html = renderHTML(source).html
        #expect(html.contains("<figcaption>Table 1: Sample grid table.</figcaption>"))
        #expect(html.contains(">Table 1</a>"))
    }

    @Test func gridTableAlignmentsComeFromTheHeaderSeparator() {
        let source = "+-----+-----+-----+\n| r   | l   | c   |\n+====:+:====+:===:+\n| 1   | 2   | 3   |\n+-----+-----+-----+\n"
        guard case .table(let table)? = parse(source).document.root.blocks.first?.kind else {
            Issue.record("not a table")
            return
        }
        #expect(table.alignments == [.right, .left, .center])
    }

    @Test func aBrokenGridIsText() {
        let blocks = parse("+---+---+\n| a | b\n+---+---+\n").document.root.blocks
        #expect(blocks.count == 1)
        if case .paragraph = blocks.first?.kind {} else { Issue.record("\(blocks)") }
    }

    @Test func markdownInsideAnHTMLBlockElementIsParsed() {
        let source = post("<div id=\"g\">\n![Inner.](a.png){#fig:inner}\n</div>\n\nSee @fig:inner.\n")
        let rendered = renderHTML(source)
        #expect(rendered.html.contains("<div id=\"g\">\n<figure id=\"fig:inner\" class=\"figure\">"))
        #expect(rendered.html.contains("<figcaption>Figure 1: Inner.</figcaption></figure>\n</div>"))
        #expect(rendered.html.contains(">Figure 1</a>"))
        #expect(rendered.diagnostics.filter { $0.ruleID == "unresolved-cross-reference" }.isEmpty)
    }

    @Test func rawHTMLThatIsNotALoneTagStaysRaw() {
        let html = renderHTML(post("<table>\n<tr>\n<td>*x*</td>\n</tr>\n</table>\n")).html
        #expect(html.contains("<td>*x*</td>\n</tr>\n</table>"))
    }
}
