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
