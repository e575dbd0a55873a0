import Testing
import Foundation
@testable import SitegenAnalysis

@Suite struct ExploreTests {
    @Test func explore() throws {
        for name in ["templated-devto.xml", "research-quarto.xml"] {
            guard let docs = FeedFixture.documents(name) else { return }
            let report = Analyzer().analyze(docs)
            print("=== \(name): \(docs.count) docs, \(report.findings.count) findings, \(report.rewriteClusters.count) clusters")
            for cluster in report.rewriteClusters {
                print("  \(cluster.id) \(cluster.original.documentID) [\(cluster.original.heading.prefix(40))] + \(cluster.copies.count): " + cluster.copies.map { "\($0.heading.prefix(25))(\($0.similarity ?? 0)/\($0.sentenceCoverage ?? 0)/\($0.mode ?? ""))" }.joined(separator: "; "))
            }
        }
    }
}
