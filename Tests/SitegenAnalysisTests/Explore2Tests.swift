import Testing
import Foundation
@testable import SitegenAnalysis

@Suite struct Explore2Tests {
    @Test func explore() throws {
        for (name, index) in [("templated-devto.xml", 4), ("research-quarto.xml", 16), ("templated-devto.xml", 2)] {
            guard let docs = FeedFixture.documents(name) else { return }
            let corpus = CorpusBuilder.build(docs)
            let d = corpus.documents[index]
            var counts: [String: Int] = [:]
            var lines = 0
            for p in Int(d.passageStart)..<Int(d.passageEnd) {
                if corpus.passages[p].kind == .paragraph || corpus.passages[p].kind == .listItem { lines += 1 }
                if let l = corpus.passages[p].label { counts[l.normalized + (l.standalone ? " [s]" : ""), default: 0] += 1 }
            }
            print("L \(name) \(index) lines=\(lines) labels=\(counts.values.reduce(0,+)): \(counts.sorted { $0.value > $1.value }.prefix(25))")
        }
    }
}
