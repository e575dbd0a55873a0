import Testing
@testable import SitegenBibliography

@Suite struct CSLJSONReaderTests {
    @Test func readsCSLJSON() throws {
        let json = """
        [{"id": "a", "type": "article-journal", "title": "A <i>study</i>", "author": [{"family": "Doe", "given": "Jane", "non-dropping-particle": "van"}],
          "issued": {"date-parts": [[2020, "5"]]}, "volume": 12, "DOI": "10.1/x", "accessed": {"raw": "2021-01-02"}},
         {"id": 42, "type": "book", "editor": [{"literal": "ACME Corp"}], "issued": {"literal": "forthcoming"}}]
        """
        let (items, diagnostics) = Bibliography.parse(json, format: .cslJSON, file: "refs.json")
        #expect(diagnostics.isEmpty)
        let a = try #require(items.first)
        #expect(a.id == "a")
        #expect(a.fields["title"] == "A <i>study</i>")
        #expect(a.names["author"] == [CSLName(family: "Doe", given: "Jane", nonDroppingParticle: "van")])
        #expect(a.dates["issued"] == CSLDate(year: 2020, month: 5))
        #expect(a.dates["accessed"] == CSLDate(year: 2021, month: 1, day: 2))
        #expect(a.fields["volume"] == "12")
        #expect(a["DOI"] == "10.1/x")
        #expect(a.location?.line == 1)
        #expect(items[1].id == "42")
        #expect(items[1].names["editor"] == [.literal("ACME Corp")])
        #expect(items[1].dates["issued"]?.literal == "forthcoming")
    }

    @Test func numbersOneAndZeroAreNotBooleans() {
        let (items, _) = Bibliography.parse(#"[{"id": "d", "issued": {"date-parts": [[2021, 1, 1]]}, "volume": 1, "comma-suffix": true}]"#, format: .cslJSON, file: "d.json")
        #expect(items.first?.dates["issued"] == CSLDate(year: 2021, month: 1, day: 1))
        #expect(items.first?.fields["volume"] == "1")
    }

    @Test func readsCSLYAMLListAndReferencesKey() {
        let list = """
        - id: one
          type: book
          title: First
          author:
            - family: Smith
              given: Ann
          issued:
            date-parts: [[1999]]
        """
        let (items1, d1) = Bibliography.parse(list, format: .cslYAML, file: "refs.yaml")
        #expect(d1.isEmpty)
        #expect(items1.first?.names["author"]?.first?.family == "Smith")
        #expect(items1.first?.dates["issued"]?.year == 1999)
        let wrapped = "---\nreferences:\n- id: two\n  type: webpage\n  title: Second\n  issued: 2020-02-03\n...\n"
        let (items2, d2) = Bibliography.parse(wrapped, format: .cslYAML, file: "refs.yml")
        #expect(d2.isEmpty)
        #expect(items2.first?.id == "two")
        #expect(items2.first?.dates["issued"] == CSLDate(year: 2020, month: 2, day: 3))
    }

    @Test func malformedInputGivesDiagnostics() {
        let (items, d) = Bibliography.parse("[{\"id\": \"a\",,}]", format: .cslJSON, file: "bad.json")
        #expect(items.isEmpty)
        #expect(d.first?.severity == .error)
        #expect(d.first?.location?.file == "bad.json")
        let (_, d2) = Bibliography.parse("{\"id\": \"a\"}", format: .cslJSON, file: "obj.json")
        #expect(d2.first?.message == "a CSL bibliography must be a list of references")
        let (_, d3) = Bibliography.parse("- id: [unclosed", format: .cslYAML, file: "bad.yaml")
        #expect(d3.first?.severity == .error)
        #expect((d3.first?.location?.line ?? 0) >= 1)
        let (items4, d4) = Bibliography.parse("[{\"title\": \"no id\"}, {\"id\": \"ok\"}, {\"id\": \"ok\"}]", format: .cslJSON, file: "x.json")
        #expect(items4.map(\.id) == ["ok"])
        #expect(d4.count == 2)
        #expect(d4.contains { $0.message.contains("has no 'id'") })
        #expect(d4.contains { $0.ruleID == "duplicate-citation-key" })
    }
}
