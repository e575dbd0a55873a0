import Testing
@testable import SitegenBibliography

@Suite struct BibTeXConverterTests {
    @Test(arguments: [
        ("article", "article-journal"), ("book", "book"), ("incollection", "chapter"), ("inbook", "chapter"),
        ("inproceedings", "paper-conference"), ("phdthesis", "thesis"), ("mastersthesis", "thesis"), ("techreport", "report"),
        ("report", "report"), ("misc", ""), ("online", "webpage"), ("unpublished", "manuscript"), ("proceedings", "book"),
        ("manual", "book"), ("booklet", "pamphlet"), ("inreference", "entry-encyclopedia"), ("dataset", "dataset"),
        ("software", "book"), ("patent", "patent"), ("video", "motion_picture"), ("whatever", ""),
    ])
    func entryTypesMapAsPandocDoes(bibType: String, cslType: String) {
        #expect(TestSupport.item("@\(bibType){k, title={T}}")?.type == cslType)
    }

    @Test func thesisGenres() {
        #expect(TestSupport.item("@phdthesis{k, title={T}}")?.fields["genre"] == "PhD thesis")
        #expect(TestSupport.item("@mastersthesis{k, title={T}}")?.fields["genre"] == "Master’s thesis")
        #expect(TestSupport.item("@thesis{k, title={T}, type={mathesis}}")?.fields["genre"] == "Master’s thesis")
        #expect(TestSupport.item("@techreport{k, title={T}, type={Working Paper}}")?.fields["genre"] == "Working Paper")
    }

    @Test func unpublishedWithAnEventIsASpeech() {
        #expect(TestSupport.item("@unpublished{k, title={T}, eventtitle={Summit}, venue={Berlin}}")?.type == "speech")
    }

    @Test func titlesBecomeSentenceCaseKeepingProtectedWords() throws {
        let item = try #require(TestSupport.item("@article{k, title = {Using {DNA} Barcodes in {iPhone} Apps: A Review of {van Gogh}}}"))
        // A protected group without a lowercase word stays a plain span: a word boundary for case changes, as in pandoc.
        #expect(item.fields["title"] == #"Using <span>DNA</span> barcodes in <span class="nocase">iPhone</span> apps: A review of <span class="nocase">van Gogh</span>"#)
        #expect(item.fields["title-short"] == #"Using <span>DNA</span> barcodes in <span class="nocase">iPhone</span> apps"#)
    }

    @Test func nonEnglishTitlesAreLeftAlone() {
        #expect(TestSupport.item("@book{k, title = {Les Trois Mousquetaires}, langid = {french}}")?.fields["title"] == "Les Trois Mousquetaires")
        #expect(TestSupport.item("@book{k, title = {The Trois}, langid = {british}}")?.fields["title"] == "The trois")
    }

    @Test func journalTitlesAreNotSentenceCased() {
        let item = TestSupport.item("@article{k, journal = {Journal of Applied Things}, title={T}}")
        #expect(item?.fields["container-title"] == "Journal of Applied Things")
    }

    @Test func biblatexFieldNames() throws {
        let item = try #require(TestSupport.item("""
        @article{k, title={T}, subtitle={The Sub}, journaltitle={J}, date={2021-03-15}, location={Paris and London},
          urldate={2021-04-01}, pages={10--20}, number={4}, issue={Spring}}
        """))
        #expect(item.fields["title"] == "T: The sub")
        #expect(item.fields["container-title"] == "J")
        #expect(item.dates["issued"] == CSLDate(year: 2021, month: 3, day: 15))
        #expect(item.dates["accessed"] == CSLDate(year: 2021, month: 4, day: 1))
        #expect(item.fields["publisher-place"] == "Paris; London")
        #expect(item.fields["page"] == "10-20")
        #expect(item.fields["issue"] == "4, Spring")
    }

    @Test func oldStyleDatesAndMonthMacros() {
        #expect(TestSupport.item("@article{k, year = 2001, month = aug, day = 5}")?.dates["issued"] == CSLDate(year: 2001, month: 8, day: 5))
        #expect(TestSupport.item("@article{k, year = {2001}, month = {May}}")?.dates["issued"] == CSLDate(year: 2001, month: 5))
        #expect(TestSupport.item("@article{k, year = {forthcoming}}")?.dates["issued"] == CSLDate(literal: "forthcoming"))
        #expect(TestSupport.item("@article{k, date = {2019/2020}}")?.dates["issued"] == CSLDate(parts: [[2019], [2020]]))
        #expect(TestSupport.item("@article{k, date = {2000~}}")?.dates["issued"]?.circa == true)
    }

    @Test func publisherFieldsAndNumbers() throws {
        let thesis = try #require(TestSupport.item("@phdthesis{k, school={MIT}, address={Cambridge, MA}}"))
        #expect(thesis.fields["publisher"] == "MIT")
        #expect(thesis.fields["publisher-place"] == "Cambridge, MA")
        #expect(TestSupport.item("@book{k, number={12}, series={Lecture Notes}}")?.fields["collection-number"] == "12")
        #expect(TestSupport.item("@book{k, series={Lecture Notes}}")?.fields["collection-title"] == "Lecture notes")
        #expect(TestSupport.item("@techreport{k, number={TR-1}}")?.fields["number"] == "TR-1")
        #expect(TestSupport.item("@book{k, edition={2}, volume={3}, part={1}}")?.fields["volume"] == "3.1")
    }

    @Test func arxivEprintsBecomeURLs() {
        #expect(TestSupport.item("@misc{k, eprint={2101.00001}, archivePrefix={arXiv}}")?.fields["url"] == "https://arxiv.org/abs/2101.00001")
        #expect(TestSupport.item("@misc{k, eprint={2101.00001}, eprinttype={arxiv}, url={https://x.org}}")?.fields["url"] == "https://x.org")
        #expect(TestSupport.item("@misc{k, eprint={123}, eprinttype={other}}")?.fields["url"] == nil)
    }

    @Test func identifiersAreRaw() throws {
        let item = try #require(TestSupport.item("@article{k, doi={10.1000/a_b}, isbn={978-3}, url={https://x.org/~a_b}}"))
        #expect(item.fields["doi"] == "10.1000/a_b")
        #expect(item["DOI"] == "10.1000/a_b")
        #expect(item.fields["isbn"] == "978-3")
        #expect(item.fields["url"] == "https://x.org/~a_b")
    }

    @Test func crossrefInheritsWithBibLaTeXRenaming() throws {
        let items = TestSupport.items("""
        @inproceedings{child, author={A, B}, title={Paper}, crossref={proc}, pages={1--2}}
        @proceedings{proc, title={Proceedings of Things}, editor={Ed, It}, year={2009}, publisher={P}}
        """)
        let child = try #require(items.first { $0.id == "child" })
        #expect(child.fields["title"] == "Paper")
        #expect(child.fields["container-title"] == "Proceedings of things")
        #expect(child.names["editor"] == [CSLName(family: "Ed", given: "It")])
        #expect(child.dates["issued"]?.year == 2009)
    }

    @Test func xdataEntriesFeedOthersAndDisappear() {
        let items = TestSupport.items("""
        @xdata{pub, publisher={Shared Press}, location={Oslo}}
        @book{b, title={Book}, xdata={pub}}
        """)
        #expect(items.map(\.id) == ["b"])
        #expect(items.first?.fields["publisher"] == "Shared Press")
        #expect(items.first?.fields["publisher-place"] == "Oslo")
    }

    @Test func crossrefCyclesDoNotHang() {
        let items = TestSupport.items("@book{a, crossref={b}}\n@book{b, crossref={a}, title={T}}")
        #expect(items.count == 2)
    }

    @Test func emphasisSurvivesIntoFieldsAndIsSentenceCasedLikePandoc() {
        #expect(TestSupport.item(#"@article{k, title={The Genus \emph{Drosophila}}}"#)?.fields["title"] == "The genus <i>drosophila</i>")
        #expect(TestSupport.item(#"@article{k, title={The Genus \emph{{Drosophila}}}}"#)?.fields["title"] == "The genus <i><span>Drosophila</span></i>")
    }
}
