import Foundation
import Testing
import SitegenCore
@testable import SitegenAnalysis

/// The streaming reduce stage: records fed shard by shard and pairs one by one give the report of the whole
/// batch, the compact pair lines Spark writes are read as the JSON decoder reads them, and misuse is refused.
@Suite struct FeatureReducerTests {
    static let records = FeatureExtractor.records(FeatureRecordTests.documents, firstIndex: 0)

    /// Every pair of units of different documents plus the within-document pairs, as band pairs: more than the
    /// rules generate, so verification has work on every unit.
    static var pairs: [CandidatePair] {
        let keys = records.flatMap { record in record.units.map { CandidatePair.UnitKey(document: record.doc, unit: $0.unit) } }
        var pairs: [CandidatePair] = []
        for (i, a) in keys.enumerated() {
            for b in keys[(i + 1)...] { pairs.append(CandidatePair(a: a, b: b, band: a.document != b.document)) }
        }
        return pairs
    }

    @Test func shardsFedOneByOneGiveTheReportOfTheWholeBatch() throws {
        let whole = try Analyzer().analyze(records: Self.records, candidates: Self.pairs)
        var reducer = FeatureReducer()
        try reducer.add(records: Array(Self.records[0..<1]))
        try reducer.add(records: [])
        try reducer.add(records: Array(Self.records[1..<4]))
        try reducer.add(records: Array(Self.records[4...]))
        #expect(reducer.documentCount == Self.records.count)
        // Pairs in reverse order, each twice: the set of pairs is what counts.
        for pair in Self.pairs.reversed() + Self.pairs { try reducer.add(pair) }
        #expect(reducer.pairCount == Self.pairs.count)
        let streamed = reducer.report()
        #expect(!whole.rewriteClusters.isEmpty)
        #expect(JSONReportRenderer.render(streamed) == JSONReportRenderer.render(whole))
    }

    @Test func recordsOutOfOrderOrAfterThePairsAndUnknownUnitsAreRefused() throws {
        var reducer = FeatureReducer()
        try reducer.add(records: Array(Self.records[0..<2]))
        #expect(throws: CandidatePairError.self) { try reducer.add(records: Array(Self.records[3...])) }
        try reducer.add(records: Array(Self.records[2..<3]))
        let units = Self.records[0].units.count
        #expect(throws: CandidatePairError.self) {
            try reducer.add(CandidatePair(a: .init(document: 0, unit: units), b: .init(document: 1, unit: 0), band: false))
        }
        #expect(throws: CandidatePairError.self) {
            try reducer.add(CandidatePair(a: .init(document: 0, unit: 0), b: .init(document: 3, unit: 0), band: false))
        }
        try reducer.add(CandidatePair(a: .init(document: 0, unit: 0), b: .init(document: 1, unit: 0), band: true))
        #expect(throws: CandidatePairError.self) { try reducer.add(records: Array(Self.records[3...])) }
    }

    @Test func compactLinesReadAsTheDecoderReadsThem() throws {
        let lines = [
            #"{"a":"12:3","b":"40:1","keys":["band:4","band:17","terms:3"],"agreement":51}"#,
            #"{"a":"0:0","b":"0:1","keys":["document"]}"#,
            #"{"a":"7:2","b":"9:0","keys":["document","terms:5"]}"#,
            #"{"a":"1:0","b":"2:0","keys":["terms:3"],"agreement":9}"#,
        ]
        let decoder = JSONDecoder()
        for line in lines {
            let fast = try CandidatePair.parse(line, decoder: decoder)
            let spaced = try CandidatePair.parse(line.replacingOccurrences(of: ",", with: ", "), decoder: decoder)
            #expect(fast == spaced, "\(line)")
        }
        #expect(try CandidatePair.parse(lines[0]) == CandidatePair(a: .init(document: 12, unit: 3), b: .init(document: 40, unit: 1), band: true))
        #expect(try !CandidatePair.parse(lines[1]).band)
        // Not compact, or not a pair: the decoder decides, with a reason.
        #expect(try CandidatePair.parse(#"{"b":"2:0","a":"1:0","keys":["band:1"]}"#).band)
        #expect(throws: CandidatePairError.self) { try CandidatePair.parse(#"{"a":"3:1","b":"3:1","keys":["document"]}"#) }
        #expect(throws: CandidatePairError.self) { try CandidatePair.parse(#"{"a":"3:1","b":"4:1","keys":["document"]"#) }
        #expect(throws: CandidatePairError.self) { try CandidatePair.parse(#"{"a":"3:1","b":"4:1","keys":["document"]} x"#) }
        #expect(throws: CandidatePairError.self) { try CandidatePair.parse(#"{"a":"3","b":"4:1","keys":[]}"#) }
    }
}
