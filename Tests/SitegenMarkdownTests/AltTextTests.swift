import SitegenCore
import Testing
@testable import SitegenMarkdown

/// An image's alt text says what its caption says: cross-references and citations in the words the page
/// shows, as plain text.
@Suite struct AltTextTests {
    @Test func figureAltTextResolvesCrossReferencesLikeTheCaption() {
        let html = renderHTML("![The line is @eq-x.](q.png){#fig-b}\n\n$$y = x$$ {#eq-x}\n").html
        #expect(html.contains("<figcaption>Figure 1: The line is <a href=\"#eq-x\" class=\"cross-ref\">Equation 1</a>.</figcaption>"))
        #expect(html.contains("alt=\"The line is Equation 1.\""))
        #expect(!html.contains("alt=\"The line is @eq-x.\""))
    }

    @Test func altTextUsesTheFormattedCitationsPlainText() {
        let rendered = renderHTML(
            "![As @doe shows [@roe, p. 3]](c.png){#fig-c}\n\nInline ![per @doe](i.png) too.\n",
            hooks: RenderHooks(citations: FakeCitations()))
        #expect(rendered.html.contains("alt=\"As (1: doe) shows (2: roe)\""))
        #expect(rendered.html.contains("alt=\"per (3: doe)\""))
        #expect(!rendered.html.contains("alt=\"As @doe"))
        #expect(!rendered.html.contains("alt=\"per @doe"))
        #expect(!rendered.html.contains("alt=\"As <span"))
    }

    @Test func withoutAProcessorCitationsInAltTextReadAsWritten() {
        let html = renderHTML("![Per [@doe, p. 4] & co](c.png){#fig-c}\n").html
        #expect(html.contains("alt=\"Per [@doe, p. 4] &amp; co\""))
    }

    @Test func subfigureAndUnresolvedReferencesInAltText() {
        let html = renderHTML("::: {#fig-p}\n![Left of @fig-q](l.png){#fig-p-1}\n\n![Right of @nope-x and @fig-zz](r.png){#fig-p-2}\n\nPanels.\n:::\n\n![Q](q.png){#fig-q}\n").html
        #expect(html.contains("alt=\"Left of Figure 2\""))
        // Unresolved references read as the page shows them.
        #expect(html.contains("alt=\"Right of @nope-x and ?@fig-zz\""))
    }

    @Test func figAltStillWins() {
        let html = renderHTML("![See @fig-b](b.png){#fig-b fig-alt=\"A described plot\"}\n").html
        #expect(html.contains("alt=\"A described plot\""))
    }

    @Test func entitiesInFormattedCitationsAreDecodedOnce() {
        #expect(HTMLText.plain("<span class=\"citation\" title=\"a>b\">(M&#252;ller &amp; Roe&nbsp;2020, &#8220;x&#x201D; &lt;b&gt;)</span>")
            == "(Müller & Roe\u{A0}2020, “x” <b>)")
        #expect(HTMLText.plain("a &unknown; b &#xZZ; c & d") == "a &unknown; b &#xZZ; c & d")
    }
}
