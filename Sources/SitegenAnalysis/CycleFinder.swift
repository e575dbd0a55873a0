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

/// Tarjan's strongly connected components, iterative so deep graphs cannot overflow the stack.
enum StronglyConnected {
    /// Components in discovery order, each in first-mention order of `nodes`.
    static func components(_ nodes: [Int], _ adjacency: [Int: [Int]]) -> [[Int]] {
        var index: [Int: Int] = [:], low: [Int: Int] = [:]
        var onStack = Set<Int>(), stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        let position = Dictionary(nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for root in nodes where index[root] == nil {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while let top = work.last {
                let successors = adjacency[top.node] ?? []
                if top.next < successors.count {
                    work[work.count - 1].next += 1
                    let w = successors[top.next]
                    if index[w] == nil {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack.insert(w)
                        work.append((w, 0))
                    } else if onStack.contains(w) {
                        low[top.node] = min(low[top.node] ?? 0, index[w] ?? 0)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node] ?? 0, low[top.node] ?? 0) }
                guard low[top.node] == index[top.node] else { continue }
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack.remove(w)
                    component.append(w)
                    if w == top.node { break }
                }
                result.append(component.sorted { (position[$0] ?? 0) < (position[$1] ?? 0) })
            }
        }
        return result
    }
}
