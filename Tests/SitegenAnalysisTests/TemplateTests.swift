import Testing
import SitegenCore
@testable import SitegenAnalysis

@Suite struct TemplateTests {
    /// A post filled in from a label template in four sections.
    static let scaffolded = Fixture.document("posts/scaffold", (1...4).map { n in
        """
        ## Expert Analysis: Part \(n) — Findings

        **Mechanism:** The scheduler \(n) reorders queued jobs by estimated cost before dispatch.

        **Observable Effect:** Short jobs \(n) finish sooner while long jobs wait in the queue.

        **Intermediate Conclusion:** Ordering by cost \(n) trades fairness for throughput in this setting.
        """
    }.joined(separator: "\n\n"))

    @Test func labelScaffoldingIsFoundWithItsLabels() throws {
        let report = Analyzer().analyze([Self.scaffolded])
        let finding = try #require(report.findings(of: .labelScaffolding).first)
        #expect(report.findings(of: .labelScaffolding).count == 1)
        #expect(finding.evidence.labels?.map(\.text).sorted() == ["intermediate conclusion", "mechanism", "observable effect"])
        #expect(finding.evidence.labels?.allSatisfy { $0.count == 4 } == true)
        #expect(finding.evidence.occurrences == 12)
        #expect(finding.evidence.sections?.count == 4)
        #expect(finding.location.line == 3)
        #expect(report.documents[0].scores.template > 0.5)
    }

    @Test func plainTitleCaseLabelsCountWithoutBold() {
        let text = (1...3).map { "## Part \($0)\n\nObservable Effect: things \($0) happen.\n\nInternal Process: steps \($0) run." }
            .joined(separator: "\n\n")
        let report = Analyzer().analyze([Fixture.document("posts/plain", text)])
        #expect(report.findings(of: .labelScaffolding).count == 1)
    }

    @Test func occasionalLabelsInAHumanPostAreNotScaffolding() {
        let post = Fixture.document("posts/human", """
        ## Data

        **Example:** a molecule's boiling point depends on its structure.

        The standard formalization: we minimise the expected loss over the data distribution.

        ## Code

        **Example:** a sorting routine has one correct output for every input.

        Note: this holds only for deterministic programs.

        ## Chemistry

        **Example:** a reaction yield changes with temperature and catalyst.
        """)
        #expect(Analyzer().analyze([post]).findings(of: .labelScaffolding).isEmpty)
    }

    @Test func stockHeadingPrefixRepeatedIsReportedButEnumerationsAndCommonHeadingsAreNot() throws {
        let report = Analyzer().analyze([Self.scaffolded])
        let finding = try #require(report.findings(of: .repeatedHeadingPattern).first)
        #expect(finding.evidence.pattern == "expert analysis: *")
        #expect(finding.evidence.occurrences == 4)
        let human = Fixture.document("posts/phases", """
        ## Phase 1: Encoding
        text
        ## Phase 2: The latent space
        text
        ## Phase 3: Reconstruction
        text
        ## Conclusion
        text
        """)
        let other = Fixture.document("posts/other", "## Introduction\ntext\n## Conclusion\ntext")
        #expect(Analyzer().analyze([human, other]).findings(of: .repeatedHeadingPattern).isEmpty)
    }

    @Test func headingPatternsIgnoreNumberingAndKeepRepeatedNumbers() {
        #expect(HeadingPatternDetector.pattern(of: "1. Data Ingestion: Network Bandwidth")?.key == "data ingestion: *")
        #expect(HeadingPatternDetector.pattern(of: "Expert Analysis: HALO-Loss — A Solution")?.key == "expert analysis: *")
        #expect(HeadingPatternDetector.pattern(of: "Mechanism 2: Physical AI")?.key == "mechanism #: *")
        #expect(HeadingPatternDetector.pattern(of: "System Instabilities")?.key == "system instabilities")
        let restart = Fixture.document("posts/restart", """
        ## Mechanism 1: A
        x
        ## Mechanism 2: B
        x
        ## Mechanism 1: A again
        x
        """)
        #expect(Analyzer().analyze([restart]).findings(of: .repeatedHeadingPattern).count == 1)
    }

    @Test func boilerplateParagraphsAcrossPostsAreFound() throws {
        let footer = "Thanks for reading! If you enjoyed this post, subscribe to the newsletter for more notes like it."
        let a = Fixture.document("posts/a", date: "2024-01-01", "First post about gardens and soil.\n\n\(footer)")
        let b = Fixture.document("posts/b", date: "2024-02-01", "Second post about rivers and fish.\n\n\(footer)")
        let report = Analyzer().analyze([b, a])
        let duplicates = report.findings(of: .duplicateParagraph)
        let finding = try #require(duplicates.first)
        #expect(duplicates.count == 1)
        #expect(finding.documentID == "posts/b")
        #expect(finding.severity == .note)
        #expect(finding.related.first?.documentID == "posts/a")
        #expect(finding.evidence.occurrences == 2)
    }

    @Test func repeatedParagraphInsideAPostIsAWarningAndRaisesRepetition() throws {
        let line = "The committee reviewed every submission twice before the final vote was taken."
        let report = Analyzer().analyze([Fixture.document("posts/dup", "\(line)\n\nSomething else entirely here.\n\n\(line)")])
        let finding = try #require(report.findings(of: .duplicateParagraph).first)
        #expect(finding.severity == .warning)
        #expect(finding.location.line == 5)
        #expect(report.documents[0].scores.repetition > 0.3)
    }

    @Test func aShortPhraseRepeatedLegitimatelyIsNotAFinding() {
        let post = Fixture.document("posts/refrain", """
        ## Monday

        We walked to the harbour before breakfast, past the boats that had come in overnight with their nets \
        piled high and gulls circling. The path along the sea wall was slick, and my sister slowed at every \
        corner. Keep going, she said, and we did until the fog lifted over the water and the lighthouse appeared.

        ## Tuesday

        The rain came early and the market closed before we arrived, its stalls folded under blue tarpaulins. \
        We stood in a doorway counting coins and arguing about lunch, then crossed the square at a run. \
        Keep going, she said, and we found a bakery instead, warm and smelling of cardamom and burnt sugar.

        ## Wednesday

        Our legs ached on the hill road above town, a narrow lane between stone walls and sheep that watched \
        us without interest. Twice we stopped to check the map, once to share the last orange. Keep going, \
        she said, and the view at the top was worth it: the whole bay, grey and silver, and our hotel far below.
        """)
        let report = Analyzer().analyze([post])
        let kinds = Set(report.findings.map(\.kind))
        #expect(kinds.isDisjoint(with: [.rewrittenSection, .duplicateParagraph, .labelScaffolding, .repeatedHeadingPattern, .ngramRepetition]))
    }

    @Test func stockPhraseDensityIsReported() throws {
        let text = """
        In today's fast-paced world, it is important to note that we must delve into the details. \
        This plays a crucial role and is a testament to our work. Navigating the complexities of the field \
        paves the way for a paradigm shift.
        """
        let report = Analyzer().analyze([Fixture.document("posts/stock", Array(repeating: text, count: 4).joined(separator: "\n\n"))])
        let finding = try #require(report.findings(of: .stockPhrases).first)
        #expect((finding.evidence.phrases?.count ?? 0) >= 6)
        #expect(report.documents[0].metrics.stockPhraseCount >= 28)
        let plain = Analyzer().analyze([Fixture.document("posts/plain", Articles.sourdough)])
        #expect(plain.findings(of: .stockPhrases).isEmpty)
    }
}
