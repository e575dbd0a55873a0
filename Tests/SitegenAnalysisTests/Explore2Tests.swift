import Testing
import Foundation
@testable import SitegenAnalysis

@Suite struct Explore2Tests {
    @Test func explore() throws {
        guard let docs = FeedFixture.documents("templated-devto.xml") else { return }
        let corpus = CorpusBuilder.build(docs)
        let statements = ClaimCollector(corpus: corpus).statements()
        var index = ClaimNodeIndex(threshold: 0.5, statements: statements)
        for s in statements {
            let ids = index.ids(for: s.nodes)
            guard corpus.passages[s.passage].document == 7 else { continue }
            let labels = ids.map { index.entries[$0].label }
            if labels.contains(where: { $0.contains("kernel selection in cuBLAS") }) { print("S \(labels) <= \(s.text)") }
        }
    }
}
