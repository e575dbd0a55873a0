import SitegenCore
import Testing
@testable import SitegenBibliography

@Suite struct CitationProcessorTests {
    let items = TestSupport.items("""
    @article{smith2020, author = {Smith, John and Doe, Jane}, title = {A Study}, journal = {J}, year = {2020}, volume = {1}, pages = {1--10}}
    @book{knuth1984, author = {Knuth, Donald E.}, title = {The {\\TeX}book}, publisher = {Addison-Wesley}, address = {Reading, MA}, year = {1984}}
    @article{berg2019, author = {van der Berg, Piet and M{\\"u}ller, Hans and Zed, Al and Young, Bo}, title = {On Chapters}, journal = {K}, year = {2019}}
    @article{unused, author = {Nobody, No}, title = {Never Cited}, journal = {L}, year = {2000}}
    """)
    let processor: CSLCitationProcessor
    init() { processor = CSLCitationProcessor(style: .builtinAuthorDate, items: items) }

    func plain(_ citations: [Citation], nocite: String? = nil) -> (citations: [String], entries: [String]) {
        TestSupport.plain(.builtinAuthorDate, items, citations, nocite: nocite)
    }

    @Test func citationModes() {
        let r = plain([
            TestSupport.citation(TestSupport.cite("smith2020")),
            TestSupport.citation(TestSupport.cite("smith2020", mode: .narrative)),
            TestSupport.citation(TestSupport.cite("knuth1984", mode: .suppressAuthor)),
            TestSupport.citation(TestSupport.cite("berg2019", suffix: "chap. 2", mode: .narrative)),
            TestSupport.citation(TestSupport.cite("smith2020", prefix: "see", suffix: ", pp. 33-35 and passim"), TestSupport.cite("knuth1984", suffix: ", 7")),
        ])
        #expect(r.citations == [
            "(Smith and Doe 2020)", "Smith and Doe (2020)", "(1984)", "Berg et al. (2019, chap. 2)",
            "(see Smith and Doe 2020, 33–35 and passim; Knuth 1984, 7)",
        ])
    }

    @Test func bibliographyHTMLShape() {
        let out = processor.format([TestSupport.citation(TestSupport.cite("knuth1984"))], in: TestSupport.document())
        #expect(out.bibliography.hasPrefix(#"<div id="refs" class="references csl-bib-body hanging-indent" role="list">"#))
        #expect(out.bibliography.contains(#"<div id="ref-knuth1984" class="csl-entry" role="listitem">Knuth, Donald E. 1984. <em>The TeXbook</em>. Reading, MA: Addison-Wesley.</div>"#))
        #expect(!out.bibliography.contains("ref-smith2020"))
        #expect(out.diagnostics.isEmpty)
    }

    @Test func inlineHTMLLinksToEntriesWithAPreview() {
        let out = processor.format([TestSupport.citation(TestSupport.cite("smith2020"), TestSupport.cite("knuth1984"))], in: TestSupport.document())
        let html = out.inline[0]
        #expect(html.hasPrefix(#"<span class="citation" data-cites="smith2020 knuth1984">("#))
        #expect(html.contains(##"<a href="#ref-smith2020" role="doc-biblioref" title="Smith, John, and Jane Doe. 2020. “A Study.” J 1: 1–10.">Smith and Doe 2020</a>"##))
        #expect(html.contains(##"<a href="#ref-knuth1984" role="doc-biblioref""##))
        #expect(html.hasSuffix(")</span>"))
    }

    @Test func missingKeyIsUnresolvedWithADiagnosticAndASuggestion() throws {
        let out = processor.format([TestSupport.citation(TestSupport.cite("smith2021"))], in: TestSupport.document())
        #expect(out.inline[0] == #"<span class="citation unresolved" data-cites="smith2021">?smith2021</span>"#)
        let mixed = processor.format([TestSupport.citation(TestSupport.cite("knuth1984"), TestSupport.cite("nope"))], in: TestSupport.document())
        #expect(mixed.inline[0].hasPrefix(#"<span class="citation unresolved" data-cites="knuth1984 nope">("#))
        #expect(mixed.inline[0].contains("; ?nope)"))
        #expect(mixed.bibliography.contains("ref-knuth1984"))
        let d = try #require(out.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.ruleID == "undefined-citation")
        #expect(d.message.contains("`@smith2021`"))
        #expect(d.hint == "did you mean 'smith2020'?")
        #expect(d.location == TestSupport.location)
        #expect(out.bibliography.isEmpty)
        let far = processor.format([TestSupport.citation(TestSupport.cite("zzzzzzzz"))], in: TestSupport.document())
        #expect(far.diagnostics.first?.hint?.contains("did you mean") == false)
    }

    @Test func nociteAddsEntriesWithoutCitations() {
        let some = plain([], nocite: "@knuth1984, @berg2019")
        #expect(some.entries.count == 2)
        let all = plain([], nocite: "@*")
        #expect(all.entries.count == 4)
        let out = processor.format([], in: TestSupport.document(nocite: "@nothere"))
        #expect(out.diagnostics.first?.severity == .warning)
    }

    @Test func citedAndUnusedKeys() {
        let citations = [TestSupport.citation(TestSupport.cite("knuth1984"), TestSupport.cite("smith2020")), TestSupport.citation(TestSupport.cite("knuth1984"))]
        #expect(processor.citedKeys(citations) == ["knuth1984", "smith2020"])
        #expect(processor.citedKeys(citations, nocite: .string("@berg2019")) == ["knuth1984", "smith2020", "berg2019"])
        #expect(processor.entriesUnused(citedKeys: ["knuth1984", "smith2020", "berg2019"]).map(\.id) == ["unused"])
    }

    @Test func bibliographyIsSortedByAuthorThenYear() {
        let r = plain([TestSupport.citation(TestSupport.cite("smith2020"), TestSupport.cite("knuth1984"), TestSupport.cite("berg2019"))])
        #expect(r.entries.map { String($0.prefix(5)) } == ["Berg,", "Knuth", "Smith"])
    }

    @Test func sameResultOnEveryCall() {
        let c = [TestSupport.citation(TestSupport.cite("smith2020"))]
        let a = processor.format(c, in: TestSupport.document())
        let b = processor.format(c, in: TestSupport.document())
        #expect(a.inline == b.inline)
        #expect(a.bibliography == b.bibliography)
    }
}

@Suite struct CitationProcessorCacheTests {
    @Test func sameKeysShareAProcessor() {
        let cache = CitationProcessorCache()
        var made = 0
        let make = { () -> CSLCitationProcessor in
            made += 1
            return CSLCitationProcessor(style: .builtinAuthorDate, items: [])
        }
        _ = cache.processor(styleKey: "builtin", bibliographyKey: "refs.bib", make: make)
        _ = cache.processor(styleKey: "builtin", bibliographyKey: "refs.bib", make: make)
        _ = cache.processor(styleKey: "builtin", bibliographyKey: "other.bib", make: make)
        #expect(made == 2)
    }
}
