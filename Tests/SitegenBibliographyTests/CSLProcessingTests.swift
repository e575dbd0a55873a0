import SitegenCore
import Testing
@testable import SitegenBibliography

@Suite struct CSLProcessingTests {
    static let authorDate = TestSupport.style(
        citation: #"<group delimiter=" "><names variable="author"><name form="short" and="text" initialize-with=". "/></names><date variable="issued"><date-part name="year"/></date></group>"#,
        bibliography: #"<group delimiter=". "><names variable="author"><name name-as-sort-order="first" and="text"/></names><date variable="issued"><date-part name="year"/></date><text variable="title"/></group>"#,
        citationAttributes: #"et-al-min="3" et-al-use-first="1" disambiguate-add-names="true" disambiguate-add-givenname="true" disambiguate-add-year-suffix="true" collapse="year""#,
        bibliographyAttributes: #"subsequent-author-substitute="———""#,
        sort: #"<sort><key macro="sortnames"/><key variable="issued"/><key variable="title"/></sort>"#.replacingOccurrences(of: "macro=\"sortnames\"", with: "variable=\"author\""))

    func item(_ id: String, _ authors: [(String, String)], _ year: Int, _ title: String) -> CSLItem {
        CSLItem(id: id, type: "book", fields: ["title": title], names: ["author": authors.map { CSLName(family: $0.0, given: $0.1) }],
                dates: ["issued": CSLDate(year: year)])
    }

    func cites(_ keys: [String]) -> [Citation] { keys.map { TestSupport.citation(TestSupport.cite($0)) } }

    @Test func yearSuffixesInBibliographyOrderAndCollapse() {
        let items = [item("b", [("Doe", "Ann")], 2020, "Beta"), item("a", [("Doe", "Ann")], 2020, "Alpha")]
        let r = TestSupport.plain(Self.authorDate, items, [TestSupport.citation(TestSupport.cite("b"), TestSupport.cite("a"))] + cites(["b"]))
        #expect(r.citations == ["Doe 2020b, 2020a", "Doe 2020b"])
        #expect(r.entries == ["Doe, Ann. 2020a. Alpha", "———. 2020b. Beta"])
    }

    @Test func addNamesDisambiguates() {
        let items = [item("x", [("Cole", "C"), ("Dunn", "D"), ("Ford", "F")], 2006, "X"), item("y", [("Cole", "C"), ("Dunn", "D"), ("Grant", "G")], 2006, "Y"),
                     item("z", [("Cole", "C"), ("Hill", "H"), ("Ives", "I")], 2006, "Z")]
        let r = TestSupport.plain(Self.authorDate, items, cites(["x", "y", "z"]))
        #expect(r.citations == ["Cole, Dunn, and Ford 2006", "Cole, Dunn, and Grant 2006", "Cole, Hill, et al. 2006"])
    }

    @Test func addGivenNameDisambiguates() {
        let items = [item("j", [("Smith", "John")], 2020, "J"), item("a", [("Smith", "Anne")], 2020, "A"), item("k", [("Smith", "Jack")], 2020, "K")]
        let r = TestSupport.plain(Self.authorDate, items, cites(["j", "a", "k"]))
        #expect(r.citations == ["John Smith 2020", "A. Smith 2020", "Jack Smith 2020"])
    }

    @Test func disambiguateConditionWhenNoYearSuffix() {
        let style = TestSupport.style(
            citation: #"<group delimiter=" "><names variable="author"><name form="short"/></names><choose><if disambiguate="true"><text variable="title" prefix="“" suffix="”"/></if></choose></group>"#,
            citationAttributes: "")
        let items = [item("p", [("Roe", "R")], 1990, "One"), item("q", [("Roe", "R")], 1991, "Two"), item("s", [("Poe", "P")], 1990, "Three")]
        let r = TestSupport.plain(style, items, cites(["p", "q", "s"]))
        #expect(r.citations == ["Roe “One”", "Roe “Two”", "Poe"])
    }

    @Test func numericCollapseAndSorting() {
        let items = (1...6).map { item("n\($0)", [("Au\($0)", "A")], 2000 + $0, "T\($0)") }
        let style = CSLStyle.builtinNumeric
        let r = TestSupport.plain(style, items, [
            TestSupport.citation(TestSupport.cite("n1")),
            TestSupport.citation(TestSupport.cite("n4"), TestSupport.cite("n2"), TestSupport.cite("n3"), TestSupport.cite("n6")),
            TestSupport.citation(TestSupport.cite("n5", suffix: ", p. 4")),
        ])
        #expect(r.citations == ["[1]", "[2]–[5]", "[6, p. 4]"])
        #expect(r.entries.first?.hasPrefix("[1] A. Au1") == true)
        #expect(r.entries.count == 6)
    }

    @Test func citationNumbersFollowFirstCitation() {
        let items = ["a", "b", "c"].map { item($0, [("Z" + $0, "A")], 2000, $0) }
        let r = TestSupport.plain(.builtinNumeric, items, cites(["c", "a", "c", "b"]))
        #expect(r.citations == ["[1]", "[2]", "[1]", "[3]"])
        #expect(r.entries.map { String($0.prefix(8)) } == ["[1] A. Z", "[2] A. Z", "[3] A. Z"])
    }

    @Test func positionConditions() {
        let style = TestSupport.style(citation: #"<choose><if position="ibid-with-locator"><text value="ibid-loc"/></if><else-if position="ibid"><text value="ibid"/></else-if><else-if position="subsequent"><text value="sub"/></else-if><else><text value="first"/></else></choose>"#)
        let items = [item("a", [("A", "A")], 2000, "A"), item("b", [("B", "B")], 2000, "B")]
        let r = TestSupport.plain(style, items, [
            TestSupport.citation(TestSupport.cite("a")), TestSupport.citation(TestSupport.cite("a")),
            TestSupport.citation(TestSupport.cite("a", suffix: ", 3")), TestSupport.citation(TestSupport.cite("b")), TestSupport.citation(TestSupport.cite("a")),
        ])
        #expect(r.citations == ["first", "ibid", "ibid-loc", "first", "sub"])
    }

    @Test func sortingByMacroDescendingAndEmptyLast() {
        let style = TestSupport.style(citation: #"<text variable="title"/>"#, bibliography: #"<text variable="title"/>"#,
                                      macros: #"<macro name="yr"><date variable="issued"><date-part name="year"/></date></macro>"#,
                                      sort: #"<sort><key macro="yr" sort="descending"/><key variable="title"/></sort>"#)
        var noDate = item("n", [("N", "N")], 1, "No date")
        noDate.dates = [:]
        let items = [item("a", [("A", "A")], 1999, "Old"), noDate, item("b", [("B", "B")], 2021, "New"), item("c", [("C", "C")], 2021, "Also new")]
        let r = TestSupport.plain(style, items, [], nocite: "@*")
        #expect(r.entries == ["Also new", "New", "Old", "No date"])
    }

    @Test func citeGroupingBringsSameAuthorsTogether() {
        let items = [item("a1", [("Ames", "A")], 2001, "A1"), item("b", [("Bell", "B")], 2002, "B"), item("a2", [("Ames", "A")], 2003, "A2")]
        let style = TestSupport.style(
            citation: #"<group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>"#,
            citationAttributes: #"collapse="year" cite-group-delimiter=", " after-collapse-delimiter="; ""#)
        let r = TestSupport.plain(style, items, [TestSupport.citation(TestSupport.cite("a1"), TestSupport.cite("b"), TestSupport.cite("a2"))])
        #expect(r.citations == ["Ames 2001, 2003; Bell 2002"])
    }

    @Test func secondFieldAlignSurfacesAsClasses() {
        let out = CSLCitationProcessor(style: .builtinNumeric, items: [item("a", [("A", "B")], 2000, "T")]).format([TestSupport.citation(TestSupport.cite("a"))], in: TestSupport.document())
        #expect(out.bibliography.contains(#"<div class="csl-left-margin">[1] </div><div class="csl-right-inline">"#))
    }
}
