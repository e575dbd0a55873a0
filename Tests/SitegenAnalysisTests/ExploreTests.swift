import Testing
import Foundation
@testable import SitegenAnalysis

@Suite struct ExploreTests {
    @Test func explore() throws {
        for name in ["templated-devto.xml", "research-quarto.xml"] {
            guard let docs = FeedFixture.documents(name) else { return }
            let report = Analyzer().analyze(docs)
            print("=== \(name): \(docs.count) docs, \(report.findings.count) findings, \(report.rewriteClusters.count) clusters")
            for d in report.documents {
                print("  \(d.id) w=\(d.wordCount) rep=\(d.scores.repetition) tpl=\(d.scores.template) \(d.findingCounts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
            }
            for f in report.findings where f.kind != .unsupportedCausalClaim && f.kind != .rewrittenSection {
                print("    [\(f.kind.rawValue)] \(f.documentID) \(f.message.prefix(160))")
            }
            if name.hasPrefix("research") {
                for f in report.findings { print("    Q [\(f.kind.rawValue)] \(f.message.prefix(200))") }
                for d in report.documents { print("   M \(d.id) \(d.metrics.duplicateNgramCharacterFraction.map { $0.value }) \(d.metrics.topNgramCharacterShare.map { $0.value }) stock=\(d.metrics.stockPhraseCount)") }
            }
        }
    }
}
