import Testing
@testable import SitegenBibliography

@Suite struct CSLRenderingTests {
    let article = CSLItem(id: "a", type: "article-journal", fields: [
        "title": #"the <span class="nocase">iPhone</span> and a theory of everything"#, "container-title": "Journal", "volume": "12",
        "issue": "3", "page": "321-328", "edition": "2", "doi": "10.1/x", "url": "https://x.org", "number-of-pages": "1",
    ], names: ["author": [CSLName(family: "Doe", given: "Jane")]], dates: ["issued": CSLDate(year: 2020, month: 5, day: 17)])

    func entry(_ fragment: String, _ item: CSLItem? = nil, style: String = "") -> String {
        TestSupport.entry(fragment, item ?? article, styleAttributes: style)
    }

    @Test func textCases() {
        #expect(entry(#"<text variable="title" text-case="title"/>"#) == "The iPhone and a Theory of Everything")
        #expect(entry(#"<text variable="title" text-case="uppercase"/>"#) == "THE iPhone AND A THEORY OF EVERYTHING")
        #expect(entry(#"<text variable="title" text-case="capitalize-first"/>"#) == "The iPhone and a theory of everything")
        #expect(entry(#"<text variable="title" text-case="capitalize-all"/>"#) == "The iPhone And A Theory Of Everything")
        #expect(entry(#"<text value="A Title in CASE" text-case="lowercase"/>"#) == "a title in case")
        #expect(entry(#"<text value="Some Title: The Sequel" text-case="sentence"/>"#) == "Some title: The sequel")
    }

    @Test func titleCaseKeepsStopWordsAndCapitalisesTheLastWord() {
        #expect(TextCase.title.apply([.text("a tale of two cities to live in")]) == [.text("A Tale of Two Cities to Live In")])
        #expect(TextCase.title.apply([.text("well-being and self-care: a review")]) == [.text("Well-Being and Self-Care: A Review")])
        #expect(TextCase.title.apply([.text("the DNA of NASA")]) == [.text("The DNA of NASA")])
    }

    /// Cases checked against pandoc 2.17's output.
    @Test(arguments: [
        ("zeitschrift für physik", "Zeitschrift Für Physik"), ("on the use of e-mail in 2020", "On the Use of e-Mail in 2020"),
        ("the end of the world/as we know it", "The End of the World/as We Know It"), ("o’brien’s book of stuff", "O’brien’s Book of Stuff"),
        ("(in)visible labour", "(In)visible Labour"), ("self-driving cars—a primer", "Self-Driving Cars—a Primer"),
        ("up and down the river", "Up and down the River"), ("an introduction to", "An Introduction To"),
        ("ab(cd ef", "Ab(cd Ef"), ("what is it? the answer", "What Is It? The Answer"), ("mccarthy", "Mccarthy"),
    ])
    func titleCaseLikePandoc(input: String, expected: String) {
        #expect(RichText.plain(TextCase.title.apply([.text(input)])) == expected)
    }

    @Test func titleCaseSkipsNonEnglishItems() {
        var item = article
        item.fields["language"] = "fr-FR"
        #expect(entry(#"<text variable="title" text-case="title"/>"#, item) == "the iPhone and a theory of everything")
    }

    @Test func affixesQuotesFontsAndStripPeriods() {
        #expect(entry(#"<text variable="container-title" prefix="In " suffix="." font-style="italic"/>"#) == "In Journal.")
        #expect(entry(#"<text value="Title" quotes="true" suffix="."/>"#) == "“Title.”")
        #expect(entry(#"<text value="A.B.C." strip-periods="true"/>"#) == "ABC")
        let html = CSLCitationProcessor(style: TestSupport.style(citation: "<text variable=\"title\"/>", bibliography: #"<group delimiter=" "><text variable="container-title" font-style="italic"/><text variable="volume" font-weight="bold"/><text variable="issue" vertical-align="sup"/><text value="sc" font-variant="small-caps"/></group>"#), items: [article])
            .format([], in: TestSupport.document(nocite: "@a")).bibliography
        #expect(html.contains("<em>Journal</em> <strong>12</strong> <sup>3</sup> <span class=\"smallcaps\">sc</span>"))
    }

    @Test func nestedQuotesAlternate() {
        let item = CSLItem(id: "a", type: "book", fields: ["title": "Rethinking “efficiency” here"])
        #expect(entry(#"<text variable="title" quotes="true"/>"#, item) == "“Rethinking ‘efficiency’ here”")
    }

    @Test func groupsAreSuppressedWhenAllTheirVariablesAreEmpty() {
        #expect(entry(#"<group delimiter=" "><text term="in"/><text variable="collection-title"/></group>"#) == "")
        #expect(entry(#"<group delimiter=" "><text term="in"/><text variable="container-title"/></group>"#) == "in Journal")
        #expect(entry(#"<group delimiter=" "><text term="in"/><text value="only terms"/></group>"#) == "in only terms")
    }

    @Test func doubledPunctuationIsMerged() {
        let item = CSLItem(id: "q", type: "book", fields: ["title": "Is it?", "note": "Done."])
        #expect(entry(#"<group delimiter=". "><text variable="title"/><text variable="note"/></group>"#, item) == "Is it? Done.")
        #expect(TestSupport.entry(#"<text variable="note" suffix="."/>"#, item) == "Done.")
    }

    @Test func numbersAndLabels() {
        #expect(entry(#"<number variable="edition" form="ordinal"/>"#) == "2nd")
        #expect(entry(#"<number variable="edition" form="long-ordinal"/>"#) == "second")
        #expect(entry(#"<number variable="volume" form="roman"/>"#) == "xii")
        #expect(entry(#"<group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>"#) == "pp. 321–328")
        #expect(entry(#"<group delimiter=" "><label variable="number-of-pages" form="short"/><text variable="number-of-pages"/></group>"#) == "p. 1")
        #expect(entry(#"<group delimiter=" "><label variable="volume" form="short" plural="always"/><text variable="volume"/></group>"#) == "vols. 12")
        #expect(CSLLocale.enUS.ordinalSuffix(11) == "th")
        #expect(CSLLocale.enUS.ordinalSuffix(21) == "st")
        #expect(CSLLocale.enUS.ordinalSuffix(112) == "th")
        #expect(CSLLocale.enUS.ordinalSuffix(23) == "rd")
    }

    @Test(arguments: [
        ("expanded", "321–328"), ("minimal", "321–8"), ("minimal-two", "321–28"), ("chicago", "321–28"),
    ])
    func pageRangeFormats(format: String, expected: String) {
        #expect(entry(#"<text variable="page"/>"#, style: #"page-range-format="\#(format)""#) == expected)
    }

    @Test func chicagoPageRanges() {
        #expect(PageRange.format("101-108", format: "chicago", delimiter: "–") == "101–8")
        #expect(PageRange.format("1496-1504", format: "chicago", delimiter: "–") == "1496–1504")
        #expect(PageRange.format("1496-1504", format: "chicago-16", delimiter: "–") == "1496–504")
        #expect(PageRange.format("71-72", format: "chicago", delimiter: "–") == "71–72")
        #expect(PageRange.format("100-104", format: "chicago", delimiter: "–") == "100–104")
        #expect(PageRange.format("45:1-45:30", format: "chicago", delimiter: "–") == "45:1–30")
        #expect(PageRange.format("e1-e5", format: nil, delimiter: "–") == "e1–e5")
    }

    /// A list of ranges is shortened range by range, with its separators spaced (as `pandoc --citeproc` prints them).
    @Test func pageRangeLists() {
        #expect(PageRange.format("321-328,330-335", format: "chicago", delimiter: "–") == "321–28, 330–35")
        #expect(PageRange.format("142-145 & 235", format: "chicago", delimiter: "–") == "142–45 & 235")
        #expect(PageRange.format("3-5, 8-10", format: nil, delimiter: "–") == "3–5, 8–10")
    }

    @Test func datesLocalizedAndCustom() {
        #expect(entry(#"<date variable="issued" form="text"/>"#) == "May 17, 2020")
        #expect(entry(#"<date variable="issued" form="numeric"/>"#) == "05/17/2020")
        #expect(entry(#"<date variable="issued" form="text" date-parts="year-month"/>"#) == "May 2020")
        #expect(entry(#"<date variable="issued" form="text"><date-part name="month" form="short"/></date>"#) == "May 17, 2020")
        #expect(entry(#"<date variable="issued" delimiter="-"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros"/><date-part name="day" form="numeric-leading-zeros"/></date>"#) == "2020-05-17")
        #expect(entry(#"<date variable="issued"><date-part name="day" form="ordinal" suffix=" "/><date-part name="month"/></date>"#) == "17th May")
        #expect(entry(#"<date variable="accessed" form="text"/>"#) == "")
    }

    @Test func dateRangesSeasonsLiteralsAndEras() {
        func date(_ d: CSLDate, _ fragment: String = #"<date variable="issued" form="text"/>"#) -> String {
            entry(fragment, CSLItem(id: "d", type: "book", dates: ["issued": d]))
        }
        #expect(date(CSLDate(parts: [[2019], [2020]])) == "2019–2020")
        #expect(date(CSLDate(parts: [[2020, 5], [2020, 7]])) == "May–July 2020")
        #expect(date(CSLDate(parts: [[2020, 5, 3], [2020, 5, 9]])) == "May 3–9, 2020")
        #expect(date(CSLDate(parts: [[2020, 5, 3], [2021, 6, 9]])) == "May 3, 2020–June 9, 2021")
        #expect(date(CSLDate(parts: [[2020]], season: 2)) == "Summer 2020")
        #expect(date(CSLDate(parts: [[2020, 14]])) == "Summer 2020")
        #expect(date(CSLDate(literal: "forthcoming")) == "forthcoming")
        #expect(date(CSLDate(parts: [[-99]]), #"<date variable="issued"><date-part name="year"/></date>"#) == "99BC", "as pandoc --citeproc: CSL-JSON year -99 is 99 BC")
        #expect(date(CSLDate(parts: [[79]]), #"<date variable="issued"><date-part name="year"/></date>"#) == "79AD")
    }

    @Test func conditions() {
        let frag = """
        <choose>
          <if type="book thesis" match="any"><text value="book-ish"/></if>
          <else-if variable="DOI page" match="all"><text value="doi+page"/></else-if>
          <else><text value="other"/></else>
        </choose>
        """
        #expect(entry(frag) == "doi+page")
        #expect(entry(frag, CSLItem(id: "t", type: "thesis")) == "book-ish")
        #expect(entry(frag, CSLItem(id: "t", type: "report")) == "other")
        #expect(entry(#"<choose><if is-numeric="edition"><text value="numeric"/></if></choose>"#) == "numeric")
        #expect(entry(#"<choose><if is-numeric="title"><text value="numeric"/></if><else><text value="not"/></else></choose>"#) == "not")
        #expect(entry(#"<choose><if variable="title" match="none"><text value="no title"/></if><else><text value="title"/></else></choose>"#) == "title")
        let circa = CSLItem(id: "c", type: "book", dates: ["issued": CSLDate(parts: [[1900]], circa: true)])
        #expect(entry(#"<choose><if is-uncertain-date="issued"><text term="circa" form="short"/></if></choose>"#, circa) == "c.")
        #expect(CSLEvaluator.isNumeric("12-14") && CSLEvaluator.isNumeric("2nd") && CSLEvaluator.isNumeric("1, 3 & 5") && CSLEvaluator.isNumeric("2.1"))
        #expect(!CSLEvaluator.isNumeric("second") && !CSLEvaluator.isNumeric("") && !CSLEvaluator.isNumeric("Vol. 3"))
    }

    @Test func linksForDOIAndURL() {
        let html = CSLCitationProcessor(style: TestSupport.style(citation: "<text variable=\"title\"/>", bibliography: #"<group delimiter=". "><text variable="DOI" prefix="https://doi.org/"/><text variable="URL"/></group>"#), items: [article])
            .format([], in: TestSupport.document(nocite: "@a")).bibliography
        #expect(html.contains(#"<a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>"#))
        #expect(html.contains(#"<a href="https://x.org">https://x.org</a>"#))
    }

    @Test func titleLinksToDOIWhenTheStylePrintsNoLink() {
        let html = CSLCitationProcessor(style: TestSupport.style(citation: "<text variable=\"title\"/>", bibliography: #"<text variable="title"/>"#), items: [article])
            .format([], in: TestSupport.document(nocite: "@a")).bibliography
        #expect(html.contains(#"<a href="https://doi.org/10.1/x">"#))
    }
}
