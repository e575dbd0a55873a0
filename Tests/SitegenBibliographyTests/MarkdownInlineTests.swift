import Testing
@testable import SitegenBibliography

@Suite struct MarkdownInlineTests {
    func markup(_ s: String) -> String { RichText.markup(MarkdownInline.convert(s)) }

    @Test func emphasisStrongSuperSub() {
        #expect(markup("a *b* and _c_ and **d**") == "a <i>b</i> and <i>c</i> and <b>d</b>")
        #expect(markup("H~2~O and x^2^") == "H<sub>2</sub>O and x<sup>2</sup>")
        #expect(markup("snake_case_name stays") == "snake_case_name stays")
        #expect(markup("a * b * c") == "a * b * c")
    }

    @Test func spansLinksCodeEscapes() {
        #expect(markup("[DNA Data]{.nocase} and [x]{.smallcaps}") == #"<span class="nocase">DNA Data</span> and <span style="font-variant:small-caps;">x</span>"#)
        #expect(markup("[site](https://x.org)") == #"<a href="https://x.org">site</a>"#)
        #expect(markup("`a_b`") == #"<span class="nocase">a_b</span>"#)
        #expect(markup(#"\*not\* emphasis"#) == "*not* emphasis")
        #expect(markup("unclosed [bracket and *star") == "unclosed [bracket and *star")
    }

    @Test func linksSurviveTheMarkupRoundTrip() {
        let inlines: [RichInline] = [.text("see "), .link(url: "https://x.org/?a=1&b=\"2\"", [.text("here")])]
        #expect(RichText.parse(RichText.markup(inlines)) == inlines)
    }
}
