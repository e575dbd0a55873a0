import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Quarto's theorem-like divs (`#thm-`, `#lem-`, `#cor-`, `#prp-`, `#cnj-`, `#def-`, `#exm-`, `#exr-`): each kind
/// numbered on its own, referenced as "Theorem 1", and rendered with that title before the first paragraph.
@Suite struct TheoremTests {
    @Test func theoremDivGetsItsTitleInTheFirstParagraph() {
        let html = renderHTML("::: {#thm-one}\nAll $x$ are *y*.\n\nSecond.\n:::\n\nSee @thm-one.\n",
                              options: RenderOptions(mathEngine: .mathjax)).html
        #expect(html.contains("<div id=\"thm-one\" class=\"theorem\">\n<p><span class=\"theorem-title\"><strong>Theorem 1</strong></span> All <span class=\"math inline\">\\(x\\)</span> are <em>y</em>.</p>\n<p>Second.</p>\n</div>\n"))
        #expect(html.contains("See <a href=\"#thm-one\" class=\"cross-ref\">Theorem 1</a>."))
    }

    @Test func nameAttributeIsTheParentheticalTitle() {
        let html = renderHTML("::: {#lem-zorn name=\"Zorn's <lemma>\" .key}\nEvery chain has a bound.\n:::\n").html
        #expect(html.contains("<div id=\"lem-zorn\" class=\"theorem lemma key\">\n<p><span class=\"theorem-title\"><strong>Lemma 1 (Zorn's &lt;lemma&gt;)</strong></span> Every chain"))
        #expect(!html.contains("data-name"))
    }

    @Test func firstHeadingIsTheNameWhenNoAttributeGivesOne() {
        let html = renderHTML("::: {#thm-line}\n## Line\n\nThe equation of a line.\n:::\n").html
        #expect(html.contains("<strong>Theorem 1 (Line)</strong></span> The equation of a line.</p>"))
        #expect(!html.contains("<h2"))
    }

    @Test func withoutALeadingParagraphTheTitleStandsAlone() {
        let html = renderHTML("::: {#def-set}\n- a collection\n:::\n").html
        #expect(html.contains("<div id=\"def-set\" class=\"theorem definition\">\n<p><span class=\"theorem-title\"><strong>Definition 1</strong></span></p>\n<ul>"))
    }

    @Test func everyKindIsNumberedOnItsOwnAndReferenced() throws {
        let kinds = ["thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr"]
        let names = ["Theorem", "Lemma", "Corollary", "Proposition", "Conjecture", "Definition", "Example", "Exercise"]
        let body = kinds.map { "::: {#\($0)-a}\nA.\n:::\n\n::: {#\($0)-b}\nB.\n:::\n" }.joined(separator: "\n")
            + "\n" + kinds.map { "@\($0)-b" }.joined(separator: " ") + "\n"
        let document = parse(body).document
        let index = CrossReferenceIndex(document)
        #expect(index.diagnostics.isEmpty)
        for kind in kinds {
            #expect(index["\(kind)-a"]?.number == "1", "\(kind)")
            #expect(index["\(kind)-b"]?.number == "2", "\(kind)")
            #expect(index["\(kind)-b"]?.kind == kind)
        }
        #expect(crossReferences(document).map(\.label) == kinds.map { "\($0)-b" })
        let html = HTMLRenderer().render(document).html
        for (kind, name) in zip(kinds, names) {
            #expect(html.contains("<a href=\"#\(kind)-b\" class=\"cross-ref\">\(name) 2</a>"), "\(kind)")
            #expect(html.contains("<strong>\(name) 1</strong>"), "\(kind)")
            #expect(RenderOptions.defaultPrefixes[kind] == name)
        }
    }

    @Test func prefixesFromOptionsNameTheTitleToo() {
        let html = renderHTML("::: {#thm-a}\nA.\n:::\n\n@thm-a\n", options: RenderOptions(crossReferencePrefixes: ["thm": "Thm."])).html
        #expect(html.contains("<strong>Thm. 1</strong>"))
        #expect(html.contains(">Thm. 1</a>"))
    }

    @Test func otherDivsStayPlain() {
        let html = renderHTML("::: {#theorem-like .note}\nText.\n:::\n\n::: {.theorem}\nUnlabelled.\n:::\n").html
        #expect(html.contains("<div id=\"theorem-like\" class=\"note\">\n<p>Text.</p>\n</div>"))
        #expect(!html.contains("theorem-title"))
    }
}
