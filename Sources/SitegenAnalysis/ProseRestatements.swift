/// Finds an arrow chain told again in prose: a later paragraph or list item of the same document that mentions
/// every node (at least 60% of each node's content words) in the chain's order.
struct ProseRestatements {
    let corpus: Corpus

    /// Share of a node's words a passage must contain to mention it.
    static let nodeCoverage = 0.6

    func find(_ chain: ClaimStatement, excluding: Set<Int>) -> [RestatedChainFinder.Occurrence] {
        let nodes = chain.nodes.map { $0.terms.compactMap { corpus.vocabulary.existingTerm(stem: $0) } }
        guard nodes.count >= 2, nodes.allSatisfy({ !$0.isEmpty }) else { return [] }
        // Every chain word with its node and its slot among that node's words.
        var words: [(term: Int32, node: Int, slot: Int)] = []
        for (n, node) in nodes.enumerated() { for (k, term) in node.enumerated() { words.append((term, n, k)) } }
        let start = chain.passage
        let document = corpus.documents[Int(corpus.passages[start].document)]
        var result: [RestatedChainFinder.Occurrence] = []
        for p in (start + 1)..<Int(document.passageEnd) where !excluding.contains(p) {
            let passage = corpus.passages[p]
            guard passage.kind == .paragraph || passage.kind == .listItem, mentions(nodes, words, in: passage) else { continue }
            let rank = document.rank * 1_000_000_000 + (p - Int(document.passageStart)) * 100 + 99
            result.append(RestatedChainFinder.Occurrence(passage: p, text: passage.text, order: rank))
        }
        return result
    }

    /// Every node mentioned, each first mentioned after the previous node's first mention.
    private func mentions(_ nodes: [[Int32]], _ words: [(term: Int32, node: Int, slot: Int)], in passage: Passage) -> Bool {
        var firstOfWord = [Int](repeating: -1, count: words.count)
        var remaining = words.count
        for position in Int(passage.tokenStart)..<Int(passage.tokenEnd) where remaining > 0 {
            let term = corpus.tokens.terms[position]
            guard term >= 0 else { continue }
            for (w, word) in words.enumerated() where word.term == term && firstOfWord[w] < 0 {
                firstOfWord[w] = position
                remaining -= 1
            }
        }
        var previous = -1
        for (n, node) in nodes.enumerated() {
            let found = words.indices.filter { words[$0].node == n && firstOfWord[$0] >= 0 }.map { firstOfWord[$0] }
            guard Double(found.count) >= Self.nodeCoverage * Double(node.count), let first = found.min(), first > previous
            else { return false }
            previous = first
        }
        return true
    }
}
