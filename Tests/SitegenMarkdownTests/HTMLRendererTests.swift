import Foundation
import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Formats citations as `(n: keys)` and counts calls.
final class FakeCitations: CitationProcessing, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [[Citation]] = []
    let bibliography: String

    init(bibliography: String = "<div id=\"refs\" role=\"list\"><div id=\"ref-doe\" class=\"csl-entry\">Doe 2020.</div></div>") {
        self.bibliography = bibliography
    }

    var calls: [[Citation]] { lock.withLock { seen } }

    func format(_ citations: [Citation], in document: Document) -> FormattedCitations {
        lock.withLock { seen.append(citations) }
        // As the contract says: each citation's whole span, and a list carrying id="refs".
        let inline = citations.enumerated().map {
            "<span class=\"citation\" data-cites=\"\($0.element.items.map(\.key).joined(separator: " "))\">"
                + "(\($0.offset + 1): \($0.element.items.map(\.key).joined(separator: ",")))</span>"
        }
        let unknown = citations.flatMap(\.items).filter { $0.key == "missing" }.map {
            Diagnostic.warning("unknown citation key missing", at: $0.location, rule: "undefined-citation")
        }
        return FormattedCitations(inline: inline, bibliography: bibliography, diagnostics: unknown)
    }
}

@Suite struct HTMLRendererTests {
    @Test func figureShapeWithNumberCaptionAndLazyImage() {
        let html = renderHTML("![A plot](plot.png){#fig-plot}\n\nSee @fig-plot.\n").html
        #expect(html.contains("<figure id=\"fig-plot\" class=\"figure\"><img src=\"plot.png\" alt=\"A plot\" loading=\"lazy\" decoding=\"async\"><figcaption>Figure 1: A plot</figcaption></figure>"))
        #expect(html.contains("See <a href=\"#fig-plot\" class=\"cross-ref\">Figure 1</a>."))
        #expect(!html.contains("{#fig-plot}"))
    }

    @Test func imageSizesFromHooksAndAttributes() {
        let hooks = RenderHooks(
            imageSize: { $0 == "big.png" ? ImageSize(width: 1200, height: 800) : nil },
            rewriteImageURL: { "/posts/x/" + $0 })
        let html = renderHTML("![Big](big.png)\n\n![Half](big.png){width=600}\n\n![Pct](big.png){width=70%}\n\n![Bad](big.png){width=\"70%;background:url(x)\"}\n", hooks: hooks).html
        #expect(html.contains("<img src=\"/posts/x/big.png\" alt=\"Big\" width=\"1200\" height=\"800\" loading=\"lazy\" decoding=\"async\">"))
        #expect(html.contains("alt=\"Half\" width=\"600\" height=\"400\""))
        #expect(html.contains("alt=\"Pct\" style=\"width: 70%\" loading"))
        #expect(!html.contains("background"))
        #expect(!html.contains("src=\"big.png\""))
    }

    @Test func subfiguresAreLettered() {
        let html = renderHTML("::: {#fig-p layout-ncol=2}\n![Left](l.png){#fig-l}\n\n![Right](r.png)\n\nBoth.\n:::\n\n@fig-l\n").html
        #expect(html.contains("<figure id=\"fig-p\" class=\"figure\"><div class=\"subfigures\" style=\"display: grid; grid-template-columns: repeat(2, 1fr); gap: 1em\">"))
        #expect(html.contains("<figure class=\"subfigure\" id=\"fig-l\"><img src=\"l.png\" alt=\"Left\""))
        #expect(html.contains("<figcaption>(a) Left</figcaption>"))
        #expect(html.contains("<figcaption>(b) Right</figcaption>"))
        #expect(html.contains("<figcaption>Figure 1: Both.</figcaption></figure>"))
        #expect(html.contains("<a href=\"#fig-l\" class=\"cross-ref\">Figure 1 (a)</a>"))
    }

    @Test func tableWithCaptionAlignmentAndSections() {
        let html = renderHTML("| a | b |\n|:--|--:|\n| x & y | 2 |\n\n: Data {#tbl-d}\n\n@tbl-d and [-@tbl-d]\n").html
        #expect(html.contains("<figure id=\"tbl-d\" class=\"table\"><figcaption>Table 1: Data</figcaption>\n<table>\n<thead>\n<tr><th style=\"text-align: left\">a</th><th style=\"text-align: right\">b</th></tr>\n</thead>\n<tbody>\n<tr><td style=\"text-align: left\">x &amp; y</td>"))
        #expect(html.contains("<a href=\"#tbl-d\" class=\"cross-ref\">Table 1</a> and <a href=\"#tbl-d\" class=\"cross-ref\">1</a>"))
        let plain = renderHTML("| a |\n|---|\n| 1 |\n").html
        #expect(plain.hasPrefix("<table>"))
        #expect(!plain.contains("<figure"))
    }

    @Test func equationsAreNumberedWithTag() {
        let html = renderHTML("$$a = b$$ {#eq-ab}\n\nBy [Eq. @eq-ab] and $x<y$.\n\n$$c$$\n",
                              options: RenderOptions(mathEngine: .mathjax)).html
        #expect(html.contains("<div id=\"eq-ab\" class=\"equation\"><span class=\"math display\">\\[a = b \\tag{1}\\]</span></div>"))
        #expect(html.contains("<a href=\"#eq-ab\" class=\"cross-ref\">Eq. 1</a>"))
        #expect(html.contains("<span class=\"math inline\">\\(x&lt;y\\)</span>"))
        #expect(html.contains("<p><span class=\"math display\">\\[c\\]</span></p>"))
    }

    @Test func mathEngineDoesNotChangeTheMarkup() {
        let katex = renderHTML("$x$\n", options: RenderOptions(mathEngine: .katex)).html
        let mathjax = renderHTML("$x$\n", options: RenderOptions(mathEngine: .mathjax)).html
        #expect(katex == mathjax)
    }

    @Test func customCrossReferencePrefixes() {
        let options = RenderOptions(crossReferencePrefixes: ["fig": "Fig."])
        let html = renderHTML("![C](c.png){#fig-c}\n\n@fig-c\n", options: options).html
        #expect(html.contains("<figcaption>Fig. 1: C</figcaption>"))
        #expect(html.contains(">Fig. 1</a>"))
    }

    @Test func sectionCrossReferencesAndNumbering() {
        let source = "# Intro {#sec-intro}\n\n## Part\n\n# End {.unnumbered #sec-end}\n\nSee @sec-intro, @part and @sec-end.\n"
        let rendered = renderHTML(source, options: RenderOptions(numberSections: true))
        #expect(rendered.html.contains("<h1 id=\"sec-intro\"><span class=\"header-section-number\">1</span> Intro<a class=\"anchor\" href=\"#sec-intro\" aria-label=\"Link to this section\"></a></h1>"))
        #expect(rendered.html.contains("<h1 id=\"sec-end\" class=\"unnumbered\">End<a"))
        #expect(rendered.html.contains(">Section 1</a>"))
        #expect(rendered.html.contains("<a href=\"#sec-end\" class=\"cross-ref\">End</a>"))
        #expect(rendered.toc == [
            TOCEntry(level: 1, id: "sec-intro", titleHTML: "Intro", number: "1"),
            TOCEntry(level: 2, id: "part", titleHTML: "Part", number: "1.1"),
            TOCEntry(level: 1, id: "sec-end", titleHTML: "End", number: nil),
        ])
        let plain = renderHTML(source, options: RenderOptions(headingAnchors: false)).html
        #expect(plain.contains("<h1 id=\"sec-intro\">Intro</h1>"))
    }

    @Test func tocTitlesDropLinks() {
        let toc = renderHTML("# About [*me*](https://x.org)\n").toc
        #expect(toc.first?.titleHTML == "About <em>me</em>")
    }

    @Test func unresolvedCrossReferenceSuggestsTheNearestLabel() throws {
        let rendered = renderHTML(post("![P](p.png){#fig-plot}\n\nSee @fig-plto here.\n"))
        #expect(rendered.html.contains("<span class=\"cross-ref unresolved\">?@fig-plto</span>"))
        let diagnostic = try #require(rendered.diagnostics.first { $0.ruleID == "unresolved-cross-reference" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "cross-reference `@fig-plto` names no label in this post")
        #expect(diagnostic.location == SourceLocation(file: "post.md", line: 7, column: 5))
        #expect(diagnostic.hint == "did you mean `@fig-plot`?")
    }

    @Test func crossDocumentReferencesAskTheSite() {
        let hooks = RenderHooks(resolveCrossReference: { ref in
            ref.document == "posts/other" && ref.label == "fig-x"
                ? ResolvedCrossReference(text: "Figure 2 of Other", url: "/posts/other/#fig-x") : nil
        })
        let rendered = renderHTML("@posts/other#fig-x and @posts/gone#fig-y\n", hooks: hooks)
        #expect(rendered.html.contains("<a href=\"/posts/other/#fig-x\" class=\"cross-ref\">Figure 2 of Other</a>"))
        #expect(rendered.html.contains("?@posts/gone#fig-y"))
        #expect(rendered.diagnostics.map(\.ruleID) == ["unresolved-cross-reference"])
    }

    @Test func calloutsAndCollapsibleCallouts() {
        let html = renderHTML("::: {.callout-note}\nBody.\n:::\n\n::: {.callout-tip collapse=\"true\" title=\"Open me\"}\nHidden.\n:::\n\n::: {.callout-warning collapse=\"false\"}\nShown.\n:::\n").html
        #expect(html.contains("<div class=\"callout callout-note\" role=\"note\"><div class=\"callout-title\">Note</div>\n<div class=\"callout-body\">\n<p>Body.</p>\n</div></div>"))
        #expect(html.contains("<details class=\"callout callout-tip\"><summary class=\"callout-title\">Open me</summary>"))
        #expect(html.contains("<details class=\"callout callout-warning\" open><summary class=\"callout-title\">Warning</summary>"))
        #expect(!html.contains("collapse="))
        #expect(!html.contains("data-title"))
    }

    @Test func asidesAndMarginNotes() {
        let html = renderHTML("::: {.column-margin}\nIn the margin.\n:::\n\nText [aside]{.aside} and [sc]{.smallcaps #s1 data=x}.\n").html
        #expect(html.contains("<aside class=\"margin-note column-margin\">\n<p>In the margin.</p>\n</aside>"))
        #expect(html.contains("<span class=\"margin-note aside\">aside</span>"))
        #expect(html.contains("<span id=\"s1\" class=\"smallcaps\" data-data=\"x\">sc</span>"))
    }

    @Test func footnotesWithBacklinks() {
        let rendered = renderHTML("A[^x] and B[^y] and again[^x].\n\n[^x]: First *note*.\n[^y]: Second.\n")
        let html = rendered.html
        #expect(html.contains("A<sup><a href=\"#fn-1\" id=\"fnref-1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>"))
        #expect(html.contains("again<sup><a href=\"#fn-1\" id=\"fnref-1-2\""))
        #expect(html.contains("<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n<li id=\"fn-1\" value=\"1\"><p>First <em>note</em>. <a href=\"#fnref-1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p>"))
        #expect(html.contains("<li id=\"fn-2\" value=\"2\"><p>Second."))
        #expect(!html.contains("sidenote"))
    }

    @Test func sidenotesAlsoKeepEndnotes() {
        let html = renderHTML("A[^x].\n\n[^x]: Note with @fig-none.\n", options: RenderOptions(footnotesAsSidenotes: true)).html
        #expect(html.contains("</sup><span class=\"sidenote\"><sup>1</sup> Note with <span class=\"cross-ref unresolved\">?@fig-none</span>.</span>"))
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(html.components(separatedBy: "id=\"fnref-1\"").count == 2)
    }

    @Test func citationsAreFormattedOnceInDocumentOrderWithReferencesAppended() throws {
        let processor = FakeCitations()
        let source = "First [@doe; @roe, p. 2].[^n]\n\n# Later\n\n@missing says.\n\n[^n]: In a note [@doe].\n"
        let rendered = renderHTML(source, hooks: RenderHooks(citations: processor))
        #expect(processor.calls.count == 1)
        let call = try #require(processor.calls.first)
        // The note's citation comes where the note is referenced, before the later section's.
        #expect(call.map { $0.items.map(\.key) } == [["doe", "roe"], ["doe"], ["missing"]])
        #expect(rendered.html.contains("<span class=\"citation\" data-cites=\"doe roe\">(1: doe,roe)</span>"))
        #expect(rendered.html.contains("In a note <span class=\"citation\" data-cites=\"doe\">(2: doe)</span>"))
        #expect(rendered.html.contains("<span class=\"citation\" data-cites=\"missing\">(3: missing)</span>"))
        #expect(rendered.html.contains("<section class=\"references\" role=\"doc-bibliography\"><h2 id=\"references\">References</h2>\n<div id=\"refs\" role=\"list\"><div id=\"ref-doe\" class=\"csl-entry\">Doe 2020.</div></div>\n</section>"))
        let refs = try #require(rendered.html.range(of: "id=\"refs\""))
        let notes = try #require(rendered.html.range(of: "class=\"footnotes\""))
        #expect(refs.lowerBound < notes.lowerBound)
        #expect(rendered.diagnostics.map(\.ruleID) == ["undefined-citation"])
        #expect(rendered.diagnostics.first?.location?.lineColumn == "5:1")
    }

    @Test func referencesGoIntoTheRefsDiv() {
        let processor = FakeCitations()
        let html = renderHTML("[@doe]\n\n## References\n\n::: {#refs}\n:::\n\n## Appendix\n", hooks: RenderHooks(citations: processor)).html
        #expect(html.contains("<section class=\"references\" role=\"doc-bibliography\">\n<div id=\"refs\" role=\"list\"><div id=\"ref-doe\""))
        #expect(html.components(separatedBy: "id=\"refs\"").count == 2)
        let refs = html.range(of: "id=\"refs\"")!.lowerBound
        let appendix = html.range(of: "id=\"appendix\"")!.lowerBound
        #expect(refs < appendix)
    }

    @Test func citationsWithoutProcessorShowAsWritten() {
        let html = renderHTML("[see @a, p. 3; -@b] and @c [p. 4]\n").html
        #expect(html.contains("<span class=\"citation\" data-cites=\"a b\">[see @a, p. 3; -@b]</span>"))
        #expect(html.contains("<span class=\"citation\" data-cites=\"c\">@c [p. 4]</span>"))
        #expect(!html.contains("id=\"refs\""))
    }

    @Test func rawHTMLOnlyWhenAllowed() {
        let source = "<div class=\"x\">block</div>\n\nText <b>bold</b> [js](javascript:alert(1)) ![i](data:image/png;base64,AA==)\n"
        let trusted = renderHTML(source).html
        #expect(trusted.contains("<div class=\"x\">block</div>"))
        #expect(trusted.contains("<b>bold</b>"))
        let untrusted = renderHTML(source, options: RenderOptions(allowRawHTML: false)).html
        #expect(!untrusted.contains("<div class=\"x\">"))
        #expect(!untrusted.contains("<b>"))
        #expect(!untrusted.contains("javascript:"))
        #expect(untrusted.contains("<a href=\"#\">js</a>"))
        #expect(untrusted.contains("src=\"data:image/png;base64,AA==\""))
    }

    @Test func absoluteURLsForFeeds() {
        let options = RenderOptions(absoluteBaseURL: "https://example.org/blog/posts/x/")
        let html = renderHTML("![P](img/p.png) [a](../y/) [b](/about/) [c](https://o.org/) [d](#sec) [e](mailto:a@b.c)\n", options: options).html
        #expect(html.contains("src=\"https://example.org/blog/posts/x/img/p.png\""))
        #expect(html.contains("href=\"https://example.org/blog/posts/y/\""))
        #expect(html.contains("href=\"https://example.org/about/\""))
        #expect(html.contains("href=\"https://o.org/\""))
        #expect(html.contains("href=\"#sec\""))
        #expect(html.contains("href=\"mailto:a@b.c\""))
    }

    @Test func codeListsTasksAndEscaping() {
        let html = renderHTML("```html\n<script>alert(\"x\")</script>\n```\n\n- [x] done\n- [ ] todo\n\n1. a\n2. b\n\nBreak.\n\n5. five\n\nA & B < C `<t>`\n\n---\n").html
        #expect(html.contains("<a href=\"#cb1-1\" aria-hidden=\"true\" tabindex=\"-1\"></a>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span></code></pre></div>"))
        let plain = renderHTML("```html\n<b>\n```\n", options: RenderOptions(highlightCode: false)).html
        #expect(plain.contains("<pre><code class=\"language-html\">&lt;b&gt;\n</code></pre>"))
        #expect(html.contains("<ul class=\"task-list\">\n<li class=\"task-list-item\"><input type=\"checkbox\" disabled checked> done</li>\n<li class=\"task-list-item\"><input type=\"checkbox\" disabled> todo</li>\n</ul>"))
        #expect(html.contains("<ol>\n<li>a</li>\n<li>b</li>\n</ol>"))
        #expect(html.contains("<ol start=\"5\">"))
        #expect(html.contains("<p>A &amp; B &lt; C <code>&lt;t&gt;</code></p>"))
        #expect(html.contains("<hr>"))
        #expect(!html.contains("<script>"))
    }

    @Test func looseListsKeepParagraphs() {
        let html = renderHTML("- a\n\n- b\n").html
        #expect(html.contains("<li><p>a</p></li>"))
    }

    @Test func missingAltTextAndCaptionAreWarnings() throws {
        let rendered = renderHTML(post("Text ![](inline.png) here.\n\n![](fig.png){#fig-empty}\n\n![](ok.png){#fig-ok fig-alt=\"Described\"}\n\n![Fine](fine.png)\n"))
        let alt = rendered.diagnostics.filter { $0.ruleID == "missing-alt-text" }
        #expect(alt.map { $0.location?.lineColumn } == ["5:6", "7:1"])
        #expect(alt.allSatisfy { $0.severity == .warning && $0.hint != nil })
        #expect(alt.first?.message == "image inline.png has no alt text")
        let caption = rendered.diagnostics.filter { $0.ruleID == "missing-caption" }
        #expect(caption.map { $0.location?.lineColumn } == ["7:1", "9:1"])
        #expect(caption.first?.message == "figure fig-empty has no caption")
        #expect(rendered.html.contains("alt=\"Described\""))
    }

    @Test func summaryAndWordCount() {
        let long = String(repeating: "word ", count: 80)
        let rendered = renderHTML("# Title\n\nFirst *para* with @fig-a.\n\n![Cap](a.png){#fig-a}\n\nSecond.\n\n```\nnot counted\n```\n\n\(long)\n")
        #expect(rendered.summary == "First para with Figure 1. Second.")
        #expect(rendered.wordCount == 1 + 5 + 1 + 1 + 80)
        let huge = renderHTML(long + "\n").summary
        #expect(huge.count <= 300)
        #expect(huge.hasSuffix("word…"))
    }

    @Test func duplicateLabelsSurfaceInRenderDiagnostics() {
        let rendered = renderHTML("$$a$$ {#eq-a}\n\n$$b$$ {#eq-a}\n")
        #expect(rendered.diagnostics.map(\.ruleID) == ["duplicate-label"])
    }
}

@Suite struct RenderOptionsTests {
    @Test func frontMatterAdjustsOptions() {
        let metadata = parse("---\ntitle: A\nreference-location: margin\nnumber-sections: true\nhtml-math-method: mathjax\ncrossref:\n  fig-prefix: Fig.\n  eq-prefix: Eq.\n---\n").document.metadata
        let options = RenderOptions().adjusted(for: metadata)
        #expect(options.footnotesAsSidenotes)
        #expect(options.numberSections)
        #expect(options.mathEngine == .mathjax)
        #expect(options.prefix(for: "fig") == "Fig.")
        #expect(options.prefix(for: "eq") == "Eq.")
        #expect(options.prefix(for: "tbl") == "Table")
        let untouched = RenderOptions().adjusted(for: parse("---\ntitle: A\n---\n").document.metadata)
        #expect(untouched == RenderOptions())
    }
}

@Suite struct ParserDiagnosticsTests {
    @Test func parseReportsEveryStageInFileOrder() {
        let source = "---\ntitle: A\ndate: 2024-99-01\n---\n\n::: {.callout-note}\nopen\n"
        let parsed = parse(source)
        #expect(parsed.diagnostics.map(\.ruleID) == ["invalid-date", "unclosed-div"])
        #expect(parsed.diagnostics.map { $0.location?.lineColumn } == ["3:7", "6:1"])
        #expect(parsed.diagnostics.map(\.description).allSatisfy { $0.contains("hint: ") })
        #expect(parsed.diagnostics[0].description.hasPrefix("post.md:3:7: error: invalid date \"2024-99-01\" in `date` [invalid-date]"))
    }

    @Test func badYAMLStillYieldsADocument() {
        let parsed = parse("---\ntitle: [unclosed\n---\n\n# Body\n")
        #expect(parsed.diagnostics.first?.ruleID == "front-matter")
        #expect(parsed.diagnostics.first?.location?.lineColumn == "3:1")
        #expect(parsed.document.sections.map(\.id) == ["body"])
        #expect(parsed.document.sections[0].location.line == 5)
    }
}
