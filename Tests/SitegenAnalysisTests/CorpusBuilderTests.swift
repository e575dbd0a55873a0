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

@Suite struct ParallelCorpusTests {
    /// Enough documents to be split across cores: the merged corpus must equal the one built in one piece.
    static let documents: [Document] = (0..<300).map { n in
        Fixture.document("posts/\(n)", date: n % 7 == 0 ? nil : "2024-01-\(n % 28 + 1)", """
        ## Part \(n)

        **Label \(n % 3):** word\(n) shared text about caching number \(n) and the morrow buffer in post \(n).

        ## Second \(n)

        Unique\(n % 11) words leads to more words \(n % 5). \(n % 13 == 0 ? Articles.tidalV1 : "")
        """)
    }

    @Test func parallelBuildEqualsSequentialBuild() {
        let parallel = CorpusBuilder.build(Self.documents)
        let sequential = CorpusBuilder.build(Self.documents, parallel: false)
        #expect(parallel.documents.map(\.id) == sequential.documents.map(\.id))
        #expect(parallel.documents.map(\.rank) == sequential.documents.map(\.rank))
        #expect(parallel.documents.map(\.tokenStart) == sequential.documents.map(\.tokenStart))
        #expect(parallel.passages.map(\.text) == sequential.passages.map(\.text))
        #expect(parallel.passages.map(\.section) == sequential.passages.map(\.section))
        #expect(parallel.passages.map(\.sentenceStart) == sequential.passages.map(\.sentenceStart))
        #expect(parallel.sections.map(\.parent) == sequential.sections.map(\.parent))
        #expect(parallel.sections.map(\.children) == sequential.sections.map(\.children))
        #expect(parallel.tokens.hashes == sequential.tokens.hashes)
        #expect(parallel.tokens.sentences.map(\.tokenStart) == sequential.tokens.sentences.map(\.tokenStart))
        let stems = { (corpus: Corpus) in corpus.tokens.terms.map { $0 >= 0 ? corpus.vocabulary.stems[Int($0)] : "" } }
        #expect(stems(parallel) == stems(sequential))
        #expect(parallel.idf.count == sequential.idf.count)
    }

    @Test func findingsAcrossChunksPointAtTheRightDocuments() throws {
        let report = Analyzer().analyze(Self.documents)
        let rewrites = report.findings(of: .rewrittenSection)
        #expect(!rewrites.isEmpty)
        for finding in rewrites {
            #expect(finding.sectionID?.hasPrefix("second-") == true)
            let number = try #require(finding.documentID.split(separator: "/").last.flatMap { Int($0) })
            #expect(number % 13 == 0)
            #expect(finding.sectionID == "second-\(number)")
        }
    }
}
