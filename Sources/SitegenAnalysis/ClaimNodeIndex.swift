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
        fileprivate var ids: [Int32]
        fileprivate var weight: Double
    }

    /// Words used by more canonical nodes than this are too common to look candidates up by.
    static let maxPosting = 400

    private(set) var entries: [Entry] = []
    private var postings: [Int32: [Int]] = [:]
    private var termIDs: [String: Int32] = [:]
    private var weights: [Double] = []
    private var stamp: [Int: Int] = [:]
    let threshold: Double

    /// An index for the nodes of `statements` (used to weight their words).
    init(threshold: Double, statements: [ClaimStatement] = []) {
        self.threshold = threshold
        var frequency: [Int] = []
        var ids: [String: Int32] = [:]
        var total = 0
        for statement in statements {
            for node in statement.nodes {
                total += 1
                for term in node.terms {
                    let id: Int32
                    if let existing = ids[term] {
                        id = existing
                    } else {
                        id = Int32(frequency.count)
                        ids[term] = id
                        frequency.append(0)
                    }
                    frequency[Int(id)] += 1
                }
            }
        }
        let n = Double(max(1, total))
        termIDs = ids
        weights = frequency.map { log(1 + n / Double(max(1, $0))) }
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
        let ids = node.terms.map { termID($0) }.sorted()
        let weight = ids.reduce(0) { $0 + self.weight($1) }
        var best: (id: Int, score: Double)?
        var visited = Set<Int>()
        for term in ids {
            guard let list = postings[term], list.count <= Self.maxPosting else { continue }
            for candidate in list where visited.insert(candidate).inserted {
                if excluding.contains(candidate), entries[candidate].terms != node.terms { continue }
                let score = similarity(ids, weight, entries[candidate])
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
        entries.append(Entry(label: node.text, terms: node.terms, mentions: 1, ids: ids, weight: weight))
        for term in ids { postings[term, default: []].append(id) }
        return id
    }

    private mutating func termID(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(weights.count)
        termIDs[term] = id
        weights.append(log(2))
        return id
    }

    private func weight(_ id: Int32) -> Double { weights[Int(id)] }

    /// Dice overlap weighted by the words' rarity among nodes, by merging sorted id lists.
    private func similarity(_ ids: [Int32], _ weight: Double, _ entry: Entry) -> Double {
        var i = 0, j = 0, shared = 0.0
        let other = entry.ids
        while i < ids.count && j < other.count {
            if ids[i] == other[j] {
                shared += self.weight(ids[i])
                i += 1
                j += 1
            } else if ids[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let total = weight + entry.weight
        return total > 0 ? 2 * shared / total : 0
    }
}
