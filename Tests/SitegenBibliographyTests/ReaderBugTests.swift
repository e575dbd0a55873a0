import Testing
@testable import SitegenBibliography

/// Regression tests from minimal inputs for reader bugs that showed markup or lost structure.
@Suite struct ReaderBugTests {
    @Test func bracedQuotesInATitleKeepTheirTags() throws {
        let item = try #require(TestSupport.item("@article{k, title = {Say {``I} Know{''}}}"))
        for fragment in ["<text variable=\"title\"/>", "<text variable=\"title\" text-case=\"title\"/>",
                         "<text variable=\"title\" quotes=\"true\"/>"] {
            let entry = TestSupport.entry(fragment, item)
            #expect(!entry.contains("<") && !entry.contains("Span") && !entry.contains("span"), "\(fragment): \(entry)")
            #expect(entry.contains("I") && entry.lowercased().contains("know"), "\(fragment): \(entry)")
        }
    }

    @Test func bracesProtectAndInAListField() throws {
        let item = try #require(TestSupport.item("@book{k, title = {T}, publisher = {{Chapman and Hall} / CRC}, location = {Boca Raton and London}}"))
        #expect(TestSupport.entry("<text variable=\"publisher\"/>", item) == "Chapman and Hall / CRC")
        #expect(TestSupport.entry("<text variable=\"publisher-place\"/>", item) == "Boca Raton; London")
    }

    @Test func zoteroCheaterLinesInANoteAreFields() throws {
        let json = """
        [{"id": "z", "type": "article-journal", "title": "T",
          "note": "DOI: 10.1000/xyz\\nOriginal Date: 1905\\n{:container-title-short: J. Things}\\nRead in a hurry.\\nPublisher Place: Bern"}]
        """
        let item = try #require(Bibliography.parse(json, format: .cslJSON, file: "refs.json").items.first)
        #expect(item.fields["doi"] == "10.1000/xyz")
        #expect(item.fields["container-title-short"] == "J. Things")
        #expect(item.fields["publisher-place"] == "Bern")
        #expect(item.dates["original-date"]?.parts.first?.first == 1905)
        #expect(item.fields["note"] == "Read in a hurry.")
    }

    @Test func aCheaterLineNeverOverridesAField() throws {
        let json = #"[{"id": "z", "DOI": "10.1/kept", "note": "DOI: 10.1/ignored"}]"#
        let item = try #require(Bibliography.parse(json, format: .cslJSON, file: "refs.json").items.first)
        #expect(item.fields["doi"] == "10.1/kept")
    }

    @Test func singleInitialsKeepTheirPeriod() throws {
        let bib = try #require(TestSupport.item("@book{k, title = {T}, author = {Smith, Richard A.}}"))
        let json = try #require(Bibliography.parse(#"[{"id": "j", "author": [{"family": "Smith", "given": "Richard A."}]}]"#,
                                                    format: .cslJSON, file: "refs.json").items.first)
        for item in [bib, json] {
            #expect(TestSupport.entry("<names variable=\"author\"><name/></names>", item) == "Richard A. Smith")
            #expect(TestSupport.entry("<names variable=\"author\"><name name-as-sort-order=\"all\"/></names>", item) == "Smith, Richard A.")
            #expect(TestSupport.entry("<names variable=\"author\"><name initialize=\"false\" initialize-with=\". \"/></names>", item) == "Richard A. Smith")
            #expect(TestSupport.entry("<names variable=\"author\"><name initialize=\"false\" initialize-with=\".\"/></names>", item) == "Richard A. Smith")
            #expect(TestSupport.entry("<names variable=\"author\"><name initialize-with=\". \"/></names>", item) == "R. A. Smith")
        }
    }

    @Test func singleInitialsKeepTheirPeriodInTheBuiltinStyles() throws {
        let items = TestSupport.items("""
        @book{one, title = {T}, author = {Smith, Richard A.}, year = {2020}, publisher = {P}}
        @book{two, title = {U}, author = {Smith, Richard A. and Jones, Mary B.}, year = {2021}, publisher = {P}}
        @book{three, title = {V}, author = {Richard A. Smith and Mary B. Jones}, year = {2022}}
        """)
        for style in [CSLStyle.builtinAuthorDate, CSLStyle.builtinNumeric] {
            let entries = TestSupport.plain(style, items, [], nocite: "@*").entries
            #expect(entries.count == 3)
            for entry in entries { #expect(!entry.contains("A ") && !entry.contains("A,") && !entry.contains("B ") && !entry.contains("B,"), "\(entry)") }
        }
    }
}
