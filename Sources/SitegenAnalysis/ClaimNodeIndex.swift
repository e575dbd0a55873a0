/// Canonical claim nodes: each node wording is matched to the first earlier node whose stemmed content words
/// overlap it enough (Dice ≥ `nodeMatch`), star-style, so "Soap-bubble concentration" and "Soap-bubble effect"
/// meet while a chain of small overlaps cannot merge unrelated nodes.
struct ClaimNodeIndex {
    /// One canonical node.
    struct Entry {
        var label: String
        var terms: [String]
        var mentions = 0
    }

    /// Longest posting list searched per term.
    static let maxPosting = 400

    private(set) var entries: [Entry] = []
    private var postings: [String: [Int]] = [:]
    let threshold: Double

    init(threshold: Double) {
        self.threshold = threshold
    }

    /// The canonical ids of a statement's nodes: two different wordings in one chain never share an id, so
    /// "Submission → Review Submission" cannot become a loop.
    mutating func ids(for nodes: [ClaimStatement.Node]) -> [Int] {
        var used = Set<Int>()
        return nodes.map { node in
            let id = self.id(for: node, excluding: used)
            used.insert(id)
            return id
        }
    }

    /// The canonical id of a node, adding one when nothing matches.
    mutating func id(for node: ClaimStatement.Node, excluding: Set<Int> = []) -> Int {
        var best: (id: Int, score: Double)?
        var seen = Set<Int>()
        for term in node.terms {
            for candidate in (postings[term] ?? []).prefix(Self.maxPosting) where seen.insert(candidate).inserted
                && (!excluding.contains(candidate) || entries[candidate].terms == node.terms) {
                let score = ClaimNormalizer.dice(node.terms, entries[candidate].terms)
                if score >= threshold, best.map({ score > $0.score || (score == $0.score && candidate < $0.id) }) ?? true {
                    best = (candidate, score)
                }
            }
        }
        if let best {
            entries[best.id].mentions += 1
            return best.id
        }
        let id = entries.count
        entries.append(Entry(label: node.text, terms: node.terms, mentions: 1))
        for term in node.terms { postings[term, default: []].append(id) }
        return id
    }
}
