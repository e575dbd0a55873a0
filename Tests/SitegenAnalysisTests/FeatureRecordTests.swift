import Foundation
import Testing
import SitegenCore
@testable import SitegenAnalysis

/// The seam between the per-document stage and the rest: feature records survive JSON, rebuild the corpus the
/// documents build, and candidate generation does not depend on how documents were chunked.
@Suite struct FeatureRecordTests {
    static let documents: [Document] = (0..<6).map { n in
        Fixture.document("posts/p\(n)", """
        # Post \(n)

        **Mechanism:** Caching \(n) reduces latency because repeated reads skip the network entirely, and a [link](https://example.org) supports it.

        ## Shared Section

        Retrieval augmented generation keeps answers grounded in documents that the model retrieves at query time,
        so the answer can cite its sources and stay current without retraining the whole model on new data every week.
        Evaluation of grounding needs both retrieval recall and faithfulness of the generated answer to the passages.
        Practitioners also measure latency and cost, because a slow retriever makes the whole system feel sluggish
        to readers who expect answers within a second or two of asking their question in the search box.

        ## Own Section \(n)

        Post \(n) talks about something else entirely: topic\(n) words, unique\(n) terms and different\(n) phrasing here.
        """)
    }

    @Test func recordsSurviveJSONAndRebuildTheSameCorpus() throws {
        let records = FeatureExtractor.records(Self.documents, firstIndex: 0)
        let decoded = try records.map { try JSONDecoder().decode(FeatureRecord.self, from: JSONEncoder().encode($0)) }
        #expect(decoded == records)
        let direct = CorpusBuilder.build(Self.documents)
        let rebuilt = CorpusBuilder.build(records: decoded)
        #expect(rebuilt.passages.map(\.text) == direct.passages.map(\.text))
        #expect(rebuilt.passages.map(\.location) == direct.passages.map(\.location))
        #expect(rebuilt.passages.map { $0.label?.normalized } == direct.passages.map { $0.label?.normalized })
        #expect(rebuilt.passages.map(\.hasSupport) == direct.passages.map(\.hasSupport))
        #expect(rebuilt.sections.map(\.children) == direct.sections.map(\.children))
        #expect(rebuilt.tokens.hashes == direct.tokens.hashes)
        #expect(rebuilt.tokens.terms == direct.tokens.terms)
        #expect(rebuilt.documentFrequency == direct.documentFrequency)
        #expect(records.allSatisfy { $0.units.allSatisfy { $0.bands.count == MinHasher.bands && $0.slots.count == MinHasher.permutations } })
    }

    @Test func recordsOfChunksEqualRecordsOfTheWhole() {
        let whole = FeatureExtractor.records(Self.documents, firstIndex: 0)
        let chunked = FeatureExtractor.records(Array(Self.documents[0..<2]), firstIndex: 0)
            + FeatureExtractor.records(Array(Self.documents[2...]), firstIndex: 2)
        #expect(chunked == whole)
    }

    @Test func theSameSectionInEveryPostIsOneCandidateBandAndFoundWithoutInProcessCandidates() throws {
        let records = FeatureExtractor.records(Self.documents, firstIndex: 0)
        let shared = records.map { record in record.units.first { record.sections[$0.section].heading == "Shared Section" }! }
        #expect(Set(shared.map(\.bands)).count == 1)
        // Verifying only the band pairs of the shared section gives the in-process clusters.
        let pairs = (1..<records.count).map { d in
            CandidatePair(a: .init(document: 0, unit: shared[0].unit), b: .init(document: d, unit: shared[d].unit), band: true)
        }
        let split = try Analyzer().analyze(records: records, candidates: pairs)
        let inProcess = Analyzer().analyze(Self.documents)
        #expect(split.rewriteClusters.count == 1)
        #expect(split.rewriteClusters.map(\.copies.count) == inProcess.rewriteClusters.map(\.copies.count))
    }

    @Test func damagedRecordsAndUnknownUnitsAreRefusedWithAReason() throws {
        var records = FeatureExtractor.records(Self.documents, firstIndex: 0)
        records[1].passages[0].section = 99
        #expect(records[1].problem(expectedIndex: 1)?.contains("names section 99") == true)
        #expect(throws: CandidatePairError.self) { try Analyzer().analyze(records: records, candidates: []) }
        let good = FeatureExtractor.records(Self.documents, firstIndex: 0)
        #expect(good[2].problem(expectedIndex: 3)?.contains("document 2 where document 3") == true)
        let stray = CandidatePair(a: .init(document: 0, unit: 0), b: .init(document: 40, unit: 1), band: false)
        #expect(throws: CandidatePairError.self) { try Analyzer().analyze(records: good, candidates: [stray]) }
        #expect(throws: CandidatePairError.self) { try CandidatePair.parse(#"{"a": "1", "b": "2:0", "keys": []}"#) }
        #expect(try CandidatePair.parse(#"{"a": "1:0", "b": "2:3", "keys": ["band:4"]}"#).band)
    }
}
