import Testing
import SitegenCore
@testable import SitegenAnalysis

/// The shared corpus: a generated feed whose every post is one article rewritten several times, and a human
/// research feed that must stay clean. Skipped when the corpus is absent.
@Suite struct CorpusFeedTests {
    @Test func everyTemplatedPostIsFoundToBeRewrittenWithTemplatesAndRestatedChains() throws {
        guard let documents = FeedFixture.documents("templated-devto.xml") else { return }
        #expect(documents.count == 12)
        let report = Analyzer().analyze(documents)
        for document in report.documents {
            let kinds = Set(report.findings(in: document.id).map(\.kind))
            #expect(kinds.contains(.rewrittenSection), "\(document.id) \(document.title)")
            #expect(kinds.contains(.labelScaffolding), "\(document.id)")
            #expect(kinds.contains(.restatedClaimChain), "\(document.id)")
            #expect(document.scores.repetition > 0.4, "\(document.id)")
            #expect(document.scores.template > 0.4, "\(document.id)")
            let clusters = report.rewriteClusters.filter { $0.original.documentID == document.id }
            #expect(!clusters.isEmpty, "\(document.id)")
            #expect(clusters.allSatisfy { cluster in cluster.copies.allSatisfy { $0.documentID == document.id } })
        }
    }

    @Test func humanResearchFeedHasNoRewriteTemplateOrChainFindings() throws {
        guard let documents = FeedFixture.documents("research-quarto.xml") else { return }
        #expect(documents.count == 20)
        let report = Analyzer().analyze(documents)
        let allowed: Set<FindingKind> = [.unsupportedCausalClaim]
        let unexpected = report.findings.filter { !allowed.contains($0.kind) }
        #expect(unexpected.isEmpty, "\(unexpected.map(\.diagnostic.headline))")
        #expect(report.rewriteClusters.isEmpty)
        for document in report.documents {
            #expect(document.scores.repetition < 0.05, "\(document.id)")
            #expect(document.scores.template < 0.3, "\(document.id)")
        }
    }

    @Test func bothFeedsTogetherKeepTheHumanPostsClean() throws {
        guard let generated = FeedFixture.documents("templated-devto.xml"),
              let human = FeedFixture.documents("research-quarto.xml") else { return }
        let report = Analyzer().analyze(generated + human)
        let humanIDs = Set(human.map(\.id))
        let humanFindings = report.findings.filter { humanIDs.contains($0.documentID) && $0.kind != .unsupportedCausalClaim }
        #expect(humanFindings.isEmpty, "\(humanFindings.map(\.diagnostic.headline))")
        #expect(report.sources.first?.source == "templated-devto.xml")
    }
}
