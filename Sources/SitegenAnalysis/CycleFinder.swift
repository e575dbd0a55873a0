import SitegenCore

/// Finds circular claims in one document: strongly connected components (Tarjan) of two or more nodes in its
/// claim graph, reported with one concrete cycle through them.
struct CycleFinder {
    let context: ClaimFindingContext

    func findings(_ subset: [Int], graph: ClaimGraph) -> [Finding] {
        var adjacency: [Int: [Int]] = [:]
        var firstEdgeStatement: [Int: Int] = [:]
        var labels: [Int: String] = [:]
        var order: [Int] = []
        for s in subset {
            let statement = context.statements[s]
            let sequence = context.sequences[s]
            for (k, node) in sequence.enumerated() where labels[node] == nil {
                labels[node] = statement.nodes[k].text
                order.append(node)
            }
            for (a, b) in zip(sequence, sequence.dropFirst()) where a != b {
                if !(adjacency[a] ?? []).contains(b) { adjacency[a, default: []].append(b) }
                if firstEdgeStatement[a] == nil { firstEdgeStatement[a] = s }
            }
        }
        return StronglyConnected.components(order, adjacency).filter { $0.count >= 2 }.compactMap { component in
            finding(component, adjacency: adjacency, labels: labels, statements: firstEdgeStatement)
        }
    }

    private func finding(_ component: [Int], adjacency: [Int: [Int]], labels: [Int: String], statements: [Int: Int]) -> Finding? {
        guard let start = component.first, let cycle = Self.cycle(from: start, within: Set(component), adjacency),
              let s = statements[start] else { return nil }
        let statement = context.statements[s]
        let names = (cycle + [start]).map { labels[$0] ?? "" }
        var evidence = FindingEvidence()
        evidence.cycle = names
        return Finding(
            kind: .circularClaimChain, severity: .warning,
            message: "claims form a cycle: " + names.map { "“\(ClaimAnalysis.shorten($0, limit: 50))”" }.joined(separator: " → "),
            location: context.location(statement), documentID: context.documentID(statement),
            sectionID: context.sectionID(statement), evidence: evidence)
    }

    /// A shortest path from `start` back to itself inside the component (breadth-first), without the final return.
    static func cycle(from start: Int, within component: Set<Int>, _ adjacency: [Int: [Int]]) -> [Int]? {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in adjacency[node] ?? [] where component.contains(next) {
                if next == start {
                    var path = [node]
                    while let p = parent[path[0]] { path.insert(p, at: 0) }
                    return path
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
