import Testing
@testable import SitegenAnalysis

@Suite struct MetricsTests {
    @Test func duplicateLinesAndNgramsFollowTheGopherDefinitions() throws {
        let line = "alpha beta gamma delta epsilon zeta eta theta"
        let text = [line, line, "iota kappa lambda mu nu xi omicron pi", line].joined(separator: "\n\n")
        let report = Analyzer().analyze([Fixture.document("posts/m", text)])
        let metrics = try #require(report.documents.first?.metrics)
        #expect(metrics.wordCount == 32)
        #expect(metrics.duplicateLineFraction == 0.5)
        #expect(metrics.duplicateParagraphFraction == 0.5)
        let five = try #require(metrics.duplicateNgramCharacterFraction.first { $0.n == 5 })
        // Gopher counts a repeated n-gram and then skips n words: two repeats of five words here.
        #expect(five.value > 0.3 && five.value < 0.4)
        #expect(metrics.topNgramCharacterShare.map(\.n) == [2, 3, 4])
        #expect(metrics.duplicateNgramCharacterFraction.map(\.n) == Array(5...10))
    }

    @Test func repetitiveDocumentIsReportedAndVariedOneIsNot() {
        let line = "the same sentence comes back again and again in this text"
        let repetitive = Fixture.document("posts/r", Array(repeating: line, count: 20).joined(separator: " "))
        let report = Analyzer().analyze([repetitive, Fixture.document("posts/v", Articles.sourdough)])
        #expect(report.findings(of: .ngramRepetition).map(\.documentID) == ["posts/r"])
        #expect(report.findings(of: .ngramRepetition).first?.evidence.metrics?.isEmpty == false)
    }

    @Test func shortDocumentsGetNoMetricFindings() {
        let report = Analyzer().analyze([Fixture.document("posts/s", "again again again again again")])
        #expect(report.findings(of: .ngramRepetition).isEmpty)
    }

    @Test func countingTableCountsAndFindsTheMaximum() {
        var table = CountingTable(capacity: 2)
        for key: UInt64 in [5, 7, 5, 9, 5, 7] { table.increment(key) }
        for key in 100..<200 { table.increment(UInt64(key)) }
        #expect(table.count(5) == 3)
        #expect(table.count(7) == 2)
        #expect(table.count(8) == 0)
        #expect(table.maximum()?.key == 5)
        table.removeAll()
        #expect(table.count(5) == 0)
    }
}
