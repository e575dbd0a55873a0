import Testing
import SitegenCore
import SitegenMarkdown
@testable import SitegenAnalysis

/// Posts parsed by the real Markdown parser, so locations and inline structure are what users will see.
@Suite struct MarkdownIntegrationTests {
    private func parse(_ source: String, id: String) -> Document {
        MarkdownParser().parse(source, path: "Content/\(id).md", id: id).document
    }

    @Test func rewrittenMarkdownPostIsFoundAtTheCopysHeadingLine() throws {
        let source = """
        ---
        title: Tidal caching
        date: 2024-03-01
        ---

        ## Expert Analysis: Tidal Caching — A Rigorous Look

        \(Articles.tidalV1)

        **Causal Chain:** Small ring buffer → Constant draining → Lost benefit.

        ## Analytical Deep Dive: The Morrow Buffer

        \(Articles.tidalV2)

        **Causal Chain:** Undersized ring buffer → Constant drain → Benefit lost.
        """
        let report = Analyzer().analyze([parse(source, id: "posts/tidal")])
        let rewrite = try #require(report.findings(of: .rewrittenSection).first)
        #expect(rewrite.location.file == "Content/posts/tidal.md")
        #expect(rewrite.location.line == 12)
        #expect(rewrite.related.first?.location.line == 6)
        let chain = try #require(report.findings(of: .restatedClaimChain).first)
        #expect(chain.location.line == 16)
    }

    @Test func genuineMarkdownPostWithNotationArrowsStaysClean() {
        let source = """
        ---
        title: Limits and prices
        ---

        # Limits and prices

        As $x \\to 0$ the error vanishes, and `f -> g` composes two functions.

        Prices moved from $500 → $1000 over the year; version 1 -> 2 fixed the bug.

        To export, open File → Export → PDF.

        | before | after |
        |---|---|
        | slow → fast | yes |

        ```python
        pipeline = load -> clean -> train
        ```

        $$
        a \\Rightarrow b
        $$
        """
        let report = Analyzer().analyze([parse(source, id: "posts/limits")])
        #expect(report.documents[0].claimGraph.isEmpty)
        #expect(report.findings.isEmpty)
    }
}
