/// Builds claim graphs from statements mapped to canonical node ids.
struct ClaimGraphBuilder {
    let corpus: Corpus
    let statements: [ClaimStatement]
    /// Canonical node ids per statement, parallel to its nodes.
    let sequences: [[Int]]
    let index: ClaimNodeIndex

    /// The graph of the statements at `subset` (in time order); node ids are `n1`, `n2`, … by first mention.
    func graph(_ subset: [Int], siteWide: Bool) -> ClaimGraph {
        var localID: [Int: Int] = [:]
        var nodes: [ClaimNode] = []
        var nodeDocuments: [[String]] = []
        var edgeCounts: [Edge: (count: Int, documents: [String])] = [:]
        for s in subset {
            let documentID = corpus.documents[Int(corpus.passages[statements[s].passage].document)].id
            var previous: Int?
            for (k, canonical) in sequences[s].enumerated() {
                let local: Int
                if let existing = localID[canonical] {
                    local = existing
                } else {
                    local = nodes.count
                    localID[canonical] = local
                    let label = siteWide ? index.entries[canonical].label : statements[s].nodes[k].text
                    nodes.append(ClaimNode(id: "n\(local + 1)", label: label, terms: index.entries[canonical].terms, count: 0, documents: []))
                    nodeDocuments.append([])
                }
                nodes[local].count += 1
                if nodeDocuments[local].last != documentID, !nodeDocuments[local].contains(documentID) {
                    nodeDocuments[local].append(documentID)
                }
                if let previous, previous != local {
                    var entry = edgeCounts[Edge(from: previous, to: local), default: (0, [])]
                    entry.count += 1
                    if !entry.documents.contains(documentID) { entry.documents.append(documentID) }
                    edgeCounts[Edge(from: previous, to: local)] = entry
                }
                previous = local
            }
        }
        for i in nodes.indices { nodes[i].documents = nodeDocuments[i] }
        let edges = edgeCounts.keys.sorted { ($0.from, $0.to) < ($1.from, $1.to) }.map { edge in
            ClaimEdge(from: "n\(edge.from + 1)", to: "n\(edge.to + 1)", count: edgeCounts[edge]?.count ?? 0,
                      documents: edgeCounts[edge]?.documents ?? [])
        }
        return ClaimGraph(nodes: nodes, edges: edges)
    }

    private struct Edge: Hashable {
        var from: Int
        var to: Int
    }
}
