import Testing
import SitegenCore
@testable import SitegenAnalysis

@Suite struct ClaimTests {
    private func chains(_ text: String) -> [[String]] {
        ClaimExtractor.chains(text).map { $0.map(\.text) }
    }

    private func cues(_ text: String) -> [[String]] {
        CueClaimExtractor.claims(text).map { $0.map(\.text) }
    }

    @Test func arrowChainsAreSplitIntoNodes() {
        #expect(chains("Finite confidence bounds → Penalized dot-product logits → Reduced overconfidence on unfamiliar data.")
            == [["Finite confidence bounds", "Penalized dot-product logits", "Reduced overconfidence on unfamiliar data"]])
        #expect(chains("Impact Chain 1: Biased Reviewing -> System Instability => Observable Effect")
            == [["Biased Reviewing", "System Instability"]])
        #expect(chains("1. Complexity → Overfitting → Poor Generalization") == [["Complexity", "Overfitting", "Poor Generalization"]])
        #expect(chains("In short, rising rents → longer commutes, and longer commutes → less sleep.")
            == [["rising rents", "longer commutes"], ["longer commutes", "less sleep"]])
    }

    @Test func arrowsUsedAsNotationAreNotClaims() {
        #expect(chains("Prices went $500 → $1000 last year.").isEmpty)
        #expect(chains("As x → 0 the sum converges.").isEmpty)
        #expect(chains("Step 1 -> 2 -> 3.").isEmpty)
        #expect(chains("We upgraded Python 2 → Python 3.").isEmpty)
        #expect(chains("Open File → Save As to export.").isEmpty)
        #expect(chains("Click Settings → Privacy → Cookies.").isEmpty)
        #expect(chains("The map is f: a ↦ b, and a <-> b both ways.").isEmpty)
    }

    @Test func cuePhrasesRespectDirection() {
        #expect(cues("Aggressive quantization leads to retrieval errors.") == [["Aggressive quantization", "retrieval errors"]])
        #expect(cues("Retrieval errors are caused by aggressive quantization.") == [["aggressive quantization", "Retrieval errors"]])
        #expect(cues("Because of the cold kitchen, the dough rose slowly.") == [["cold kitchen", "dough rose slowly"]])
        #expect(cues("The drift stems from cumulative latency errors.") == [["cumulative latency errors", "drift"]])
        #expect(cues("The root causes of the outage are unclear.").isEmpty)
        #expect(cues("These results in Table 2 are preliminary.").isEmpty)
        #expect(cues("This leads to problems.").isEmpty)
    }

    @Test func codeMathAndTablesNeverYieldClaims() {
        let post = Fixture.document("posts/notation", """
        ## Notation

        Use `a -> b` for functions and $x \\to 0$ for limits, or $$a \\Rightarrow b$$ in display.

        ```
        request -> queue -> worker
        ```

        | from | to |
        |---|---|
        | Latency spike → Frame drop | yes |
        """)
        let report = Analyzer().analyze([post])
        #expect(report.documents[0].claimGraph.isEmpty)
        #expect(report.findings.allSatisfy { $0.kind != .unsupportedCausalClaim })
    }

    @Test func restatedChainsAreFoundWithTheirStatements() throws {
        let post = Fixture.document("posts/chains", """
        ## First

        **Causal Chain:** Poor prototype learning → Misaligned distance metrics → Incorrect abstention decisions.

        ## Second

        **Causal Chain:** Poor prototype learning → Misaligned distance metric → Increased false positives.

        ## Third

        **Causal Chain:** Strong class signals → Bias term dominance → Reduced abstention frequency.
        """)
        let report = Analyzer().analyze([post])
        let restated = report.findings(of: .restatedClaimChain)
        let finding = try #require(restated.first)
        #expect(restated.count == 1)
        #expect(finding.sectionID == "second")
        #expect(finding.evidence.chain == ["Poor prototype learning", "Misaligned distance metrics", "Incorrect abstention decisions"])
        #expect(finding.evidence.occurrences == 2)
        #expect(finding.related.first?.role == "original")
        #expect(finding.related.first?.sectionID == "first")
    }

    @Test func chainsRestatedInProseCount() throws {
        let post = Fixture.document("posts/prose", """
        ## Chain

        Impact Chain: Lack of author recourse → Feedback loop disruption → Increased rejection risk.

        ## Later

        Lack of Author Recourse: the missing channel removed a vital feedback loop and increased the risk of rejection for authors.
        """)
        let finding = try #require(Analyzer().analyze([post]).findings(of: .restatedClaimChain).first)
        #expect(finding.sectionID == "later")
    }

    @Test func reversedChainIsNotARestatement() {
        let post = Fixture.document("posts/reverse", """
        ## One

        Higher rents → Longer commutes.

        ## Two

        Longer commutes → Higher rents.
        """)
        let report = Analyzer().analyze([post])
        #expect(report.findings(of: .restatedClaimChain).isEmpty)
        #expect(report.findings(of: .circularClaimChain).count == 1)
        #expect(report.findings(of: .circularClaimChain).first?.evidence.cycle == ["Higher rents", "Longer commutes", "Higher rents"])
    }

    @Test func circularChainsAcrossStatementsAreFound() throws {
        let post = Fixture.document("posts/cycle", """
        Reviewer fatigue → Shallow reviews → Author frustration.

        Author frustration → Fewer volunteer reviewers → Reviewer fatigue.
        """)
        let finding = try #require(Analyzer().analyze([post]).findings(of: .circularClaimChain).first)
        #expect(finding.evidence.cycle?.count == 5)
        #expect(finding.evidence.cycle?.first == finding.evidence.cycle?.last)
    }

    @Test func unsupportedClaimsAreReportedOncePerParagraphAndCitedOnesNot() {
        let post = Fixture.document("posts/support", """
        Aggressive quantization leads to retrieval errors, and truncation leads to signal loss.

        Aggressive quantization leads to retrieval errors [@smith2020].

        Aggressive quantization leads to retrieval errors, as [this study](https://example.org) shows.
        """)
        let report = Analyzer().analyze([post])
        let unsupported = report.findings(of: .unsupportedCausalClaim)
        #expect(unsupported.count == 1)
        #expect(unsupported.first?.location.line == 1)
        var quiet = AnalysisOptions()
        quiet.reportUnsupportedClaims = false
        #expect(Analyzer(options: quiet).analyze([post]).findings(of: .unsupportedCausalClaim).isEmpty)
    }

    @Test func claimGraphCountsRepeatedEdges() throws {
        let post = Fixture.document("posts/graph", """
        Rising rents → Longer commutes → Less sleep.

        Rising rent → Longer commute.
        """)
        let graph = try #require(Analyzer().analyze([post]).documents.first?.claimGraph)
        #expect(graph.nodes.map(\.label) == ["Rising rents", "Longer commutes", "Less sleep"])
        #expect(graph.edges.first { $0.from == "n1" && $0.to == "n2" }?.count == 2)
        #expect(graph.edges.first { $0.from == "n2" && $0.to == "n3" }?.count == 1)
    }
}
