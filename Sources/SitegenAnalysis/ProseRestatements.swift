/// Finds an arrow chain told again in prose: a later paragraph or list item of the same document that mentions
/// every node (at least 60% of each node's content words) in the chain's order.
struct ProseRestatements {
    let corpus: Corpus

    /// Share of a node's words a passage must contain to mention it.
    static let nodeCoverage = 0.6

    func find(_ chain: ClaimStatement, excluding: Set<Int>) -> [RestatedChainFinder.Occurrence] {
        let nodes = chain.nodes.map { $0.terms.compactMap { corpus.vocabulary.existingTerm(stem: $0) } }
        guard nodes.count >= 2, nodes.allSatisfy({ !$0.isEmpty }) else { return [] }
        let start = chain.passage
        let document = corpus.documents[Int(corpus.passages[start].document)]
        var result: [RestatedChainFinder.Occurrence] = []
        for p in (start + 1)..<Int(document.passageEnd) where !excluding.contains(p) {
            let passage = corpus.passages[p]
            guard passage.kind == .paragraph || passage.kind == .listItem, mentions(nodes, in: passage) else { continue }
            let rank = document.rank * 1_000_000_000 + (p - Int(document.passageStart)) * 100 + 99
            result.append(RestatedChainFinder.Occurrence(passage: p, text: passage.text, order: rank))
        }
        return result
    }

    /// Every node mentioned, each after the previous one's first mention.
    private func mentions(_ nodes: [[Int32]], in passage: Passage) -> Bool {
        var positions: [Int32: Int] = [:]
        for position in Int(passage.tokenStart)..<Int(passage.tokenEnd) {
            let term = corpus.tokens.terms[position]
            if term >= 0, positions[term] == nil { positions[term] = position }
        }
        var previous = -1
        for node in nodes {
            let found = node.compactMap { positions[$0] }
            guard Double(found.count) >= Self.nodeCoverage * Double(node.count), let first = found.min(), first > previous
            else { return false }
            previous = first
        }
        return true
    }
}
