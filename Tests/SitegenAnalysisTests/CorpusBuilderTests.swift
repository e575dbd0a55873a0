import Testing
import SitegenCore
@testable import SitegenAnalysis

@Suite struct CorpusBuilderTests {
    @Test func passagesSkipCodeMathTablesAndReferenceSections() {
        let document = Fixture.document("posts/p", """
        Intro paragraph with `code` and $x^2$ math.

        ## Body

        - first item
        - second item

        ```
        let hidden = 1
        ```

        | a | b |
        |---|---|
        | 1 | 2 |

        ## References

        Smith, J. (2020). A paper that must not be analysed.
        """)
        let corpus = CorpusBuilder.build([document])
        let texts = corpus.passages.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Intro paragraph with") && !$0.contains("code") && !$0.contains("x^2") })
        #expect(corpus.passages.filter { $0.kind == .listItem }.count == 2)
        #expect(!texts.contains { $0.contains("hidden") || $0.contains("Smith") })
        #expect(texts.contains("References"))
        #expect(corpus.sections.contains { $0.heading == "References" && $0.isApparatus })
    }

    @Test func labelsNeedTitleCaseOrEmphasis() {
        func label(_ text: String) -> String? {
            CorpusBuilder.build([Fixture.document("posts/l", text)]).passages.first?.label?.normalized
        }
        #expect(label("**Causal Chain:** A → B") == "causal chain")
        #expect(label("**Mechanism 2:** text") == "mechanism #")
        #expect(label("Observable Effect: text") == "observable effect")
        #expect(label("*Impact → Internal Process → Effect*: A → B") == "impact → internal process → effect")
        #expect(label("The standard formalization: we minimise") == nil)
        #expect(label("See https://example.org: a link") == nil)
        #expect(label("**Rapid Experimentation**") == "rapid experimentation")
        #expect(label("**This whole sentence is bold and ends with a full stop.**") == nil)
    }

    @Test func documentsAreRankedByDateThenInputOrder() {
        let corpus = CorpusBuilder.build([
            Fixture.document("c", date: "2024-03-01", "x"), Fixture.document("undated", "x"),
            Fixture.document("a", date: "2024-01-01", "x"),
        ])
        #expect(corpus.chronologicalDocuments.map { corpus.documents[$0].id } == ["a", "c", "undated"])
    }

    @Test func emptyInputGivesAnEmptyReport() {
        let report = Analyzer().analyze([])
        #expect(report.documents.isEmpty)
        #expect(report.findings.isEmpty)
        #expect(report.claimGraph.isEmpty)
        let empty = Analyzer().analyze([Fixture.document("posts/empty", "")])
        #expect(empty.documents.first?.wordCount == 0)
        #expect(empty.findings.isEmpty)
    }
}
