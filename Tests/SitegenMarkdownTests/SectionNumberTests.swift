import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Section numbers are shown only with `number-sections: true`: in headings, in the table of contents and in
/// `@sec-x` references alike. Without it a reference reads as the section's title, as Quarto does for books
/// with `number-sections: false` (quarto-cli PR 7495); Quarto's documentation asks for `number-sections` before
/// using section references "so that section numbering is visible to readers", and a "Section 2" pointing
/// at an unnumbered heading would be a number nobody can see. The index keeps numbering sections either way.
@Suite struct SectionNumberTests {
    let source = "# Intro {#sec-intro}\n\n## Part {#sec-part}\n\nSee @sec-intro, [-@sec-part] and [Chapter @sec-intro].\n"

    @Test func withoutNumberSectionsTheTOCHasNoNumbers() {
        let rendered = renderHTML(source)
        #expect(rendered.toc == [
            TOCEntry(level: 1, id: "sec-intro", titleHTML: "Intro", number: nil),
            TOCEntry(level: 2, id: "sec-part", titleHTML: "Part", number: nil),
        ])
        #expect(!rendered.html.contains("header-section-number"))
    }

    @Test func withoutNumberSectionsAReferenceReadsAsTheTitle() {
        let rendered = renderHTML(source)
        #expect(rendered.html.contains("See <a href=\"#sec-intro\" class=\"cross-ref\">Intro</a>, <a href=\"#sec-part\" class=\"cross-ref\">Part</a> and <a href=\"#sec-intro\" class=\"cross-ref\">Intro</a>."))
        #expect(!rendered.html.contains("Section 1"))
        #expect(rendered.summary == "See Intro, Part and Intro.")
        // The numbering itself is still there for when sections are numbered.
        #expect(CrossReferenceIndex(parse(source).document)["sec-part"]?.number == "1.1")
    }

    @Test func withNumberSectionsEverythingCarriesTheNumber() {
        let rendered = renderHTML(source, options: RenderOptions(numberSections: true))
        #expect(rendered.toc.map(\.number) == ["1", "1.1"])
        #expect(rendered.html.contains("See <a href=\"#sec-intro\" class=\"cross-ref\">Section 1</a>, <a href=\"#sec-part\" class=\"cross-ref\">1.1</a> and <a href=\"#sec-intro\" class=\"cross-ref\">Chapter 1</a>."))
        #expect(rendered.html.contains("<span class=\"header-section-number\">1.1</span> Part"))
    }

    @Test func frontMatterTurnsNumberingOn() {
        let numbered = parse("---\ntitle: T\nnumber-sections: true\n---\n" + source).document
        let options = RenderOptions().adjusted(for: numbered.metadata)
        #expect(HTMLRenderer(options: options).render(numbered).toc.first?.number == "1")
    }

    @Test func otherKindsKeepTheirNumbersEitherWay() throws {
        let index = CrossReferenceIndex(parse("# A {#sec-a}\n\n![C](c.png){#fig-c}\n\n# B {.unnumbered #sec-b}\n").document)
        let options = RenderOptions()
        #expect(options.displayedNumber(of: try #require(index["fig-c"])) == "1")
        #expect(options.displayedNumber(of: try #require(index["sec-a"])) == nil)
        var numbered = options
        numbered.numberSections = true
        #expect(numbered.displayedNumber(of: try #require(index["sec-a"])) == "1")
        #expect(numbered.displayedNumber(of: try #require(index["sec-b"])) == nil)
    }
}
