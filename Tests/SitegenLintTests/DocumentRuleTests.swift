import SitegenCore
import Testing
@testable import SitegenLint

/// Document-based rules on hand-built documents (the generic example test covers them through the parser).
@Suite struct DocumentRuleTests {
    typealias T = TestDocuments

    func run(_ rule: any LintRule.Type, _ context: LintContext, options: [String: MetaValue] = [:]) -> [Diagnostic] {
        var configuration = RuleConfiguration(defaultsOf: rule.description)
        configuration.options.merge(options) { $1 }
        return rule.init(configuration: configuration).check(context)
    }

    @Test func missingAltText() {
        let doc = T.document(blocks: [
            T.figure("chart.png", at: T.at(1)),
            T.figure("ok.png", alt: "A chart", caption: "A chart", at: T.at(3)),
            T.paragraph([.text("icon "), .image(Image(source: "i.png", alt: [], location: T.at(5, 6)))], at: T.at(5)),
            T.paragraph([.image(Image(source: "j.png", alt: [.text("check mark")], location: T.at(7, 1)))], at: T.at(7)),
            Block(.html("<div>\n  <img src=\"x.png\">\n  <img src=\"y.png\" alt=\"\">\n</div>"), at: T.at(9)),
        ])
        let found = run(MissingAltTextRule.self, LintContext(documents: [doc]))
        #expect(found.map { $0.location?.description ?? "" } == ["Content/posts/a.md:1:1", "Content/posts/a.md:10:3", "Content/posts/a.md:5:6"])
        #expect(found.first?.message == "image `chart.png` has no alt text")
    }

    @Test func missingCaption() {
        let doc = T.document(blocks: [
            T.figure("a.png", label: "fig-a", at: T.at(1)),
            T.figure("b.png", alt: "B", caption: "B", label: "fig-b", at: T.at(3)),
            T.figure("c.png", at: T.at(5)),
            Block(.table(Table(alignments: [.none], header: [[.text("h")]], rows: [])), at: T.at(7), attributes: Attributes(id: "tbl-x")),
        ])
        let found = run(MissingCaptionRule.self, LintContext(documents: [doc]))
        #expect(found.map(\.message) == ["figure `fig-a` has no caption", "table `tbl-x` has no caption"])
    }

    @Test func duplicateLabelRelatesToFirst() {
        let doc = T.document(blocks: [
            T.figure("a.png", alt: "A", caption: "A", label: "fig-x", at: T.at(1)),
            T.figure("b.png", alt: "B", caption: "B", label: "fig-x", at: T.at(3)),
            T.paragraph([.span(Attributes(id: "note"), [.text("n")])], at: T.at(5)),
        ], sections: [T.section("Method", id: "sec-m", label: "sec-m", at: T.at(7)), T.section("Again", id: "sec-m-1", label: "note", at: T.at(9))])
        let found = run(DuplicateLabelRule.self, LintContext(documents: [doc]))
        #expect(found.map(\.message) == ["label `fig-x` is already defined at line 1", "label `note` is already defined at line 5"])
        #expect(found.first?.location == T.at(3))
        #expect(found.first?.related.first?.location == T.at(1))
    }

    @Test func unresolvedCrossReferences() {
        let other = T.document("Content/posts/b.md", blocks: [T.figure("p.png", alt: "P", caption: "P", label: "fig-p", at: T.at(1, 1, "Content/posts/b.md"))])
        let doc = T.document(blocks: [
            T.figure("a.png", alt: "A", caption: "A", label: "fig-growth", at: T.at(1)),
            T.paragraph([
                .crossReference(CrossReference(label: "fig-growth", location: T.at(3, 1))),
                .crossReference(CrossReference(label: "fig-growht", location: T.at(3, 20))),
                .crossReference(CrossReference(label: "fig-p", document: "posts/b", location: T.at(3, 40))),
                .crossReference(CrossReference(label: "fig-q", document: "posts/b", location: T.at(3, 60))),
                .crossReference(CrossReference(label: "fig-p", document: "posts/zzz", location: T.at(3, 80))),
            ], at: T.at(3)),
        ])
        let found = run(UnresolvedCrossReferenceRule.self, LintContext(documents: [doc, other]))
        #expect(found.map { $0.location?.column ?? 0 } == [20, 60, 80])
        #expect(found[0].hint == "did you mean `@fig-growth`?")
        #expect(found[1].message == "cross-reference `@posts/b#fig-q` names no label in that post")
        #expect(found[2].message == "cross-reference `@posts/zzz#fig-p` names a post that does not exist")
    }

    @Test func citationsAgainstBibliography() {
        let doc = T.document(blocks: [
            T.paragraph([.citation(Citation(items: [
                Citation.Item(key: "smith2021", location: T.at(1, 2)), Citation.Item(key: "smith2020", location: T.at(1, 14)),
            ], location: T.at(1, 1)))], at: T.at(1)),
        ])
        let bib = BibliographyInventory(entries: [
            .init(key: "smith2021", location: T.at(1, 1, "Content/references.bib")),
            .init(key: "jones", location: T.at(5, 1, "Content/references.bib")),
            .init(key: "jones", location: T.at(9, 1, "Content/references.bib")),
            .init(key: "kept", location: T.at(13, 1, "Content/references.bib")),
        ], alsoCited: ["kept"])
        let context = LintContext(documents: [doc], bibliography: bib)
        let undefined = run(UndefinedCitationRule.self, context)
        #expect(undefined.map(\.description) == ["Content/posts/a.md:1:14: error: citation key `@smith2020` is not in the bibliography [undefined-citation]\n  hint: did you mean `@smith2021`?"])
        let duplicate = run(DuplicateCitationKeyRule.self, context)
        #expect(duplicate.map { $0.location?.line } == [9])
        #expect(duplicate.first?.related.first?.location.line == 5)
        let unused = run(UnusedBibliographyEntryRule.self, context)
        #expect(unused.map(\.message) == ["bibliography entry `jones` is never cited"])
    }

    @Test func citationRulesAdoptTheStageWhenItChecked() {
        let staged = Diagnostic.error("citation key `@x` is not defined", at: T.at(2, 3), rule: "undefined-citation")
        let checked = LintContext(documents: [], stageDiagnostics: [staged], bibliography: BibliographyInventory(entries: [], checkedByStage: true))
        #expect(run(UndefinedCitationRule.self, checked) == [staged])
        let noBibliography = LintContext(documents: [], stageDiagnostics: [staged])
        #expect(run(UndefinedCitationRule.self, noBibliography) == [staged])
        #expect(run(UnusedBibliographyEntryRule.self, noBibliography).isEmpty)
    }

    @Test func postBibliographiesAreSeenOnlyByTheirPost() {
        let own = T.document("Content/posts/a/index.md", id: "posts/a", blocks: [
            T.paragraph([.citation(Citation(items: [Citation.Item(key: "mine", location: T.at(1, 2, "Content/posts/a/index.md"))], location: T.at(1)))], at: T.at(1)),
        ], metadata: Metadata(extra: ["bibliography": .string("refs.bib")]))
        let other = T.document("Content/posts/b.md", blocks: [
            T.paragraph([.citation(Citation(items: [Citation.Item(key: "mine", location: T.at(1, 2, "Content/posts/b.md"))], location: T.at(1)))], at: T.at(1)),
        ])
        let bib = BibliographyInventory(entries: [
            .init(key: "mine", location: T.at(1, 1, "Content/posts/a/refs.bib")),
            .init(key: "site", location: T.at(1, 1, "Content/references.bib")),
        ], siteFiles: ["Content/references.bib"])
        #expect(BibliographyInventory.ownFiles(of: own) == ["Content/posts/a/refs.bib"])
        let context = LintContext(documents: [own, other], bibliography: bib)
        #expect(run(UndefinedCitationRule.self, context).map { $0.location?.file } == ["Content/posts/b.md"])
        #expect(run(UnusedBibliographyEntryRule.self, context).map(\.message) == ["bibliography entry `site` is never cited"])
    }

    @Test func nociteMarksEntriesUsed() {
        let doc = T.document(metadata: Metadata(extra: ["nocite": .string("@a, @b")]))
        let bib = BibliographyInventory(entries: [.init(key: "a", location: T.at(1)), .init(key: "c", location: T.at(2))])
        #expect(run(UnusedBibliographyEntryRule.self, LintContext(documents: [doc], bibliography: bib)).map(\.message) == ["bibliography entry `c` is never cited"])
        let all = T.document(metadata: Metadata(extra: ["nocite": .string("@*")]))
        #expect(run(UnusedBibliographyEntryRule.self, LintContext(documents: [all], bibliography: bib)).isEmpty)
    }

    @Test func feedInvalid() {
        let feeds = [
            FeedStatus(source: "feeds/bad.xml", wellFormed: false, issues: [.error("unescaped `&` in title", at: SourceLocation(file: "feeds/bad.xml", line: 4, column: 12))]),
            FeedStatus(source: "https://example.org/feed", wellFormed: false),
            FeedStatus(source: "feeds/good.xml", wellFormed: true),
        ]
        let found = run(FeedInvalidRule.self, LintContext(documents: [], feeds: feeds))
        #expect(found.map(\.description) == [
            "feeds/bad.xml:4:12: error: unescaped `&` in title [feed-invalid]",
            "https://example.org/feed: error: feed is not well formed [feed-invalid]\n  hint: open it in an XML or JSON validator to find the first error",
        ])
    }
}
