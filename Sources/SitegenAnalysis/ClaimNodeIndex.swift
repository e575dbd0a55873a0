import Foundation

/// Canonical claim nodes: each node wording is matched to the first earlier node whose stemmed content words
/// overlap it enough (weighted Dice ≥ `nodeMatch`), star-style, so "Soap-bubble concentration" and
/// "Soap-bubble effect" meet while a chain of small overlaps cannot merge unrelated nodes. Words are weighted
/// by how few nodes use them, so the topic words every node of a post shares ("GPU", "kernel") count little.
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
    private let weights: [String: Double]
    let threshold: Double

    /// An index for the nodes of `statements` (used to weight their words).
    init(threshold: Double, statements: [ClaimStatement] = []) {
        self.threshold = threshold
        var frequency: [String: Int] = [:]
        var total = 0
        for statement in statements {
            for node in statement.nodes {
                total += 1
                for term in node.terms { frequency[term, default: 0] += 1 }
            }
        }
        let n = Double(max(1, total))
        weights = frequency.mapValues { log(1 + n / Double($0)) }
    }

    /// Dice overlap weighted by the words' rarity among nodes.
    func similarity(_ a: [String], _ b: [String]) -> Double {
        let weight = { (term: String) in self.weights[term] ?? 1 }
        let shared = Set(a).intersection(b).reduce(0) { $0 + weight($1) }
        let total = a.reduce(0) { $0 + weight($1) } + b.reduce(0) { $0 + weight($1) }
        return total > 0 ? 2 * shared / total : 0
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
                let score = similarity(node.terms, entries[candidate].terms)
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
