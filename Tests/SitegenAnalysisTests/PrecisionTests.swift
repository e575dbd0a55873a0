import Testing
import SitegenCore
@testable import SitegenAnalysis

/// What must not be flagged on human writing, and what must be: substitutions, identifiers and label words are
/// not claims; circular chains in prose are; short notes get no template score without a finding.
@Suite struct PrecisionTests {
    private func chains(_ text: String) -> [[String]] {
        ClaimExtractor.chains(text).map { $0.map(\.text) }
    }

    @Test func substitutionsAndIdentifierArrowsAreNotClaimChains() {
        #expect(chains("After swapping tanh → relu the loss dropped.").isEmpty)
        #expect(chains("We replaced Redis → Postgres for the queue.").isEmpty)
        #expect(chains("The value flows load_config → parse_args → main.").isEmpty)
        #expect(chains("Rename fetchUser → loadUser everywhere.").isEmpty)
        #expect(chains("Higher rents → longer commutes → less sleep.") == [["Higher rents", "longer commutes", "less sleep"]])
    }

    @Test func labelWordsAreScaffoldingNotNodes() {
        #expect(chains("Impact → Internal Process → Observable Effect").isEmpty)
        #expect(chains("Cache misses → Internal Process → slower builds") == [["Cache misses", "slower builds"]])
        let document = Fixture.document("a", """
            # Mechanism

            **Impact → Internal Process → Observable Effect:** cold caches → slow builds → skipped tests.

            Cold caches → slow builds → skipped tests, again.
            """)
        let report = Analyzer().analyze([document])
        let labels = report.claimGraph.nodes.map { $0.label.lowercased() }
        #expect(!labels.contains { $0.contains("internal process") || $0.contains("observable effect") })
        #expect(labels.contains { $0.contains("slow builds") })
    }

    @Test func circularChainWrittenAsProseIsFound() {
        let document = Fixture.document("loop", """
            # Why the tests rot

            Because the build cache is cold, builds are slow. Because builds are slow, developers skip the tests. \
            Because developers skip the tests, the build cache is cold.
            """)
        let report = Analyzer().analyze([document])
        let cycles = report.findings(of: .circularClaimChain)
        #expect(cycles.count == 1)
        #expect(cycles.first?.evidence.cycle?.count == 4)
    }

    @Test func becauseStatesCauseAndEffectInBothOrders() {
        #expect(CueClaimExtractor.explanations("Because the cache is cold, builds are slow.").map { $0.map(\.text) }
            == [["cache is cold", "builds are slow"]])
        #expect(CueClaimExtractor.explanations("Builds are slow because the cache is cold.").map { $0.map(\.text) }
            == [["cache is cold", "Builds are slow"]])
        #expect(CueClaimExtractor.claims("Builds are slow because the cache is cold.").isEmpty)
        // An explanation alone is not reported as an unsupported claim, and it is not a node of the claim graph.
        let report = Analyzer().analyze([Fixture.document("a", "# A\n\nBuilds are slow because the cache is cold.\n")])
        #expect(report.findings.isEmpty)
        #expect(report.claimGraph.nodes.isEmpty)
    }

    @Test func shortNoteWithStockPhrasesHasNoTemplateScoreWithoutAFinding() {
        let document = Fixture.document("note", """
            # A note

            In today's fast-paced world, it is important to note that we delve into caching and shed light on it.
            """)
        let report = Analyzer().analyze([document])
        #expect(report.findings(of: .stockPhrases).isEmpty)
        #expect(report.documents.first?.scores.template == 0)
        #expect(TextReportRenderer.headline(report) == "analysed 1 document: no findings")
    }
}
