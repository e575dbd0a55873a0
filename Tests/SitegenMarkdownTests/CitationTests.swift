import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct CitationTests {
    @Test func bracketedCitationsWithPrefixSuffixAndLocations() throws {
        let document = parse(post("See [see @doe2020, pp. 33-35; also @roe:2021 chap. 2] now.\n")).document
        let citation = try #require(citations(document).first)
        #expect(citation.location.lineColumn == "5:5")
        #expect(citation.items.map(\.key) == ["doe2020", "roe:2021"])
        #expect(citation.items.map(\.prefix) == ["see", "also"])
        #expect(citation.items.map(\.suffix) == [", pp. 33-35", "chap. 2"])
        #expect(citation.items.map(\.mode) == [.normal, .normal])
        #expect(citation.items.map(\.location.lineColumn) == ["5:10", "5:36"])
        #expect(firstParagraph(document).first == .text("See "))
        #expect(firstParagraph(document).last == .text(" now."))
    }

    @Test func suppressAuthorAndMultipleKeys() throws {
        let document = parse("[@a; @b, p. 33] and [-@c]\n").document
        let all = citations(document)
        #expect(all.count == 2)
        #expect(all[0].items.map(\.key) == ["a", "b"])
        #expect(all[0].items[1].suffix == ", p. 33")
        #expect(all[1].items == [Citation.Item(key: "c", mode: .suppressAuthor, location: SourceLocation(file: "post.md", line: 1, column: 23))])
    }

    @Test func narrativeCitationsWithAndWithoutLocator() throws {
        let document = parse("@smith2019 says so, and @jones [p. 4] agrees; see @doe.\n").document
        let all = citations(document)
        #expect(all.map { $0.items[0].key } == ["smith2019", "jones", "doe"])
        #expect(all.allSatisfy { $0.items[0].mode == .narrative })
        #expect(all[1].items[0].suffix == "p. 4")
        #expect(all.map(\.location.lineColumn) == ["1:1", "1:25", "1:51"])
        #expect(firstParagraph(document).contains(.text(" agrees; see ")))
        #expect(!firstParagraph(document).contains(where: { if case .text(let t) = $0 { return t.contains("[p. 4]") } else { return false } }))
    }

    @Test func keysMayHoldInternalPunctuationButNotTrailing() {
        let keys = citations(parse("@a:b.c_d-e/f. Then @key, and @x_1.\n").document).map { $0.items[0].key }
        #expect(keys == ["a:b.c_d-e/f", "key", "x_1"])
    }

    @Test func emailsEscapesCodeMathAndLinksAreNotCitations() {
        let document = parse("Mail me@example.org or write a\\@b, \\@c, `@d`, $@e$, [@f](https://x.org) and x@g.\n\n```\n@h\n```\n").document
        #expect(citations(document).isEmpty)
        #expect(crossReferences(document).isEmpty)
    }

    @Test func escapedBracketsStillAllowNarrativeButNotBracketCitations() {
        let all = citations(parse("\\[@k\\]\n").document)
        #expect(all.count == 1)
        #expect(all.first?.items.first?.mode == .narrative)
    }

    @Test func bracketWithoutKeyInEveryPartIsText() {
        let document = parse("[see @a; no key here] and [just text]\n").document
        #expect(citations(document).map { $0.items.map(\.mode) } == [[.narrative]])
        #expect(firstParagraph(document).first == .text("[see "))
    }

    @Test func crossReferencesAreNeverCitations() throws {
        let document = parse("@fig-plot, @tbl-data, @eq-energy, @sec-intro, @thm-main and @lem-a.\n").document
        #expect(citations(document).isEmpty)
        #expect(crossReferences(document).map(\.label) == ["fig-plot", "tbl-data", "eq-energy", "sec-intro", "thm-main", "lem-a"])
        #expect(crossReferences(document).map(\.kind) == ["fig", "tbl", "eq", "sec", "thm", "lem"])
        #expect(crossReferences(document)[1].location.lineColumn == "1:12")
    }

    @Test func bracketedCrossReferencesTakePrefixAndSuppression() throws {
        let refs = crossReferences(parse("[-@fig-x], [Figure @fig-y] and [@tbl-z]\n").document)
        #expect(refs.count == 3)
        #expect(refs[0].label == "fig-x" && refs[0].suppressPrefix && refs[0].customPrefix == nil)
        #expect(refs[1].label == "fig-y" && !refs[1].suppressPrefix && refs[1].customPrefix == "Figure")
        #expect(refs[2].label == "tbl-z" && refs[2].customPrefix == nil)
        #expect(refs.map(\.location.lineColumn) == ["1:3", "1:20", "1:33"])
    }

    @Test func nonCrossReferenceKeysInBracketsAreAlwaysCitations() {
        let document = parse("[@figure-of-speech] [@fig] [@section-x] [@posts/a#note]\n").document
        #expect(crossReferences(document).isEmpty)
        #expect(citations(document).map { $0.items[0].key } == ["figure-of-speech", "fig", "section-x", "posts/a#note"])
    }

    @Test func crossDocumentReferences() throws {
        let ref = try #require(crossReferences(parse("As in @posts/other-post#fig-x.\n").document).first)
        #expect(ref.document == "posts/other-post")
        #expect(ref.label == "fig-x")
        #expect(ref.location.lineColumn == "1:7")
    }

    @Test func mixedBracketSplitsCitationsAndCrossReferences() {
        let inlines = firstParagraph(parse("[@fig-a; @doe]\n").document)
        #expect(inlines.count == 3)
        #expect(inlines[1] == .text("; "))
        if case .crossReference(let r) = inlines[0] { #expect(r.label == "fig-a") } else { Issue.record("no cross-ref") }
        if case .citation(let c) = inlines[2] { #expect(c.items.map(\.key) == ["doe"]) } else { Issue.record("no citation") }
    }

    @Test func citationsInsideEmphasisCaptionsAndTablesAreFound() {
        let document = parse("*as @a shows*\n\n![Plot from [@b]](p.png)\n\n| x |\n|---|\n| @c |\n").document
        #expect(citations(document).map { $0.items[0].key } == ["a", "b", "c"])
        #expect(citations(document).map(\.location.lineColumn) == ["1:5", "3:13", "7:3"])
    }

    @Test func citationLocationsAfterEscapesAndEntities() throws {
        let document = parse("A \\*b\\* &amp; &eacute; [@k]\n").document
        let citation = try #require(citations(document).first)
        #expect(citation.items[0].location.lineColumn == "1:25")
    }

    @Test func citationLocationAfterAutolinkIsRecovered() throws {
        let document = parse("Mail me@example.org, then @k.\n").document
        #expect(try #require(citations(document).first).location.lineColumn == "1:27")
    }
}

@Suite struct InlineNoteTests {
    @Test func inlineNotesBecomeFootnotesInReferenceOrder() throws {
        let document = parse("A[^x] then^[An *inline* note with [@a].] and B[^y].\n\n[^x]: X.\n[^y]: Y.\n").document
        #expect(document.footnotes.map(\.label) == ["x", "^1", "y"])
        let note = document.footnotes[1]
        #expect(note.blocks.map(\.kind) == [.paragraph([
            .text("An "), .emphasis([.text("inline")]), .text(" note with "),
            .citation(Citation(items: [Citation.Item(key: "a", location: SourceLocation(file: "post.md", line: 1, column: 36))],
                               location: SourceLocation(file: "post.md", line: 1, column: 35))),
            .text("."),
        ])])
        #expect(note.location.lineColumn == "1:11")
        #expect(firstParagraph(document).contains(.footnoteReference("^1")))
        #expect(firstParagraph(document).contains(.text(" then")))
        let html = HTMLRenderer().render(document).html
        #expect(html.contains("then<sup><a href=\"#fn-2\" id=\"fnref-2\""))
        #expect(html.contains("<li id=\"fn-2\" value=\"2\"><p>An <em>inline</em> note"))
    }

    @Test func caretWithoutBracketOrEscapedIsText() {
        let document = parse("x^2^ and \\^[not a note] and ^[unclosed\n").document
        #expect(document.footnotes.isEmpty)
        #expect(PlainText.of(firstParagraph(document)) == "x^2^ and ^[not a note] and ^[unclosed")
    }

    @Test func keysEndAtNonLetterUnicode() {
        let keys = citations(parse("@doe’s view and @müller2020 and @李2019.\n").document).map { $0.items[0].key }
        #expect(keys == ["doe", "müller2020", "李2019"])
    }
}
