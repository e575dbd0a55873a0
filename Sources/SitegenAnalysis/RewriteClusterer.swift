/// Groups accepted pairs into clusters by average linkage in time order: a unit joins the cluster of an earlier
/// unit it was paired with only if its mean cosine to (a sample of) that cluster's members reaches
/// `clusterCosine`, so one weak link cannot merge two different articles. The first member is the original.
/// Members paired by an accepted edge count with the edge's cosine (synonyms read as the same word) when it is
/// higher than their plain cosine.
struct RewriteClusterer {
    /// Members compared when averaging: the original and the most recent others.
    static let sampleSize = 12

    let units: [RewriteUnit]
    let vectors: [SparseVector]
    let options: AnalysisOptions

    /// Clusters of unit indices, each in time order, in order of their originals; singletons left out.
    func cluster(_ edges: [RewriteDetector.Edge]) -> [[Int]] {
        var earlierNeighbours = [[Int]](repeating: [], count: units.count)
        var verbatimPairs = Set<Int64>()
        var pairCosine: [Int64: Float] = [:]
        for edge in edges {
            earlierNeighbours[edge.later].append(edge.earlier)
            pairCosine[Int64(edge.later) << 32 | Int64(edge.earlier)] = edge.cosine
            if edge.verbatim { verbatimPairs.insert(Int64(edge.later) << 32 | Int64(edge.earlier)) }
        }
        var clusterOf = [Int](repeating: -1, count: units.count)
        var members: [[Int]] = []
        for u in units.indices where !earlierNeighbours[u].isEmpty {
            var best: (cluster: Int, score: Float)?
            for v in Set(earlierNeighbours[u]).sorted() {
                if clusterOf[v] < 0 {
                    clusterOf[v] = members.count
                    members.append([v])
                }
                let c = clusterOf[v]
                guard !members[c].contains(where: { related($0, u) }) else { continue }
                var score = meanCosine(u, members[c], pairCosine)
                // A near-verbatim copy of the cluster's original joins it whatever the word weights say: a few
                // rare replaced words can pull the cosine down while most of the text is the same.
                if verbatimPairs.contains(Int64(u) << 32 | Int64(v)), members[c][0] == v { score = max(score, 1) }
                if score >= Float(options.clusterCosine), best.map({ score > $0.score }) ?? true { best = (c, score) }
            }
            if let best {
                clusterOf[u] = best.cluster
                members[best.cluster].append(u)
            }
        }
        return members.filter { $0.count > 1 }.map { $0.sorted { units[$0].order < units[$1].order } }
            .sorted { units[$0[0]].order < units[$1[0]].order }
    }

    private func meanCosine(_ u: Int, _ cluster: [Int], _ pairCosine: [Int64: Float]) -> Float {
        let sample = cluster.count <= Self.sampleSize ? cluster : [cluster[0]] + cluster.suffix(Self.sampleSize - 1)
        let total = sample.reduce(Float(0)) {
            $0 + max(vectors[u].dot(vectors[$1]), pairCosine[Int64(u) << 32 | Int64($1)] ?? 0)
        }
        return total / Float(sample.count)
    }

    /// True when one unit encloses the other.
    private func related(_ a: Int, _ b: Int) -> Bool {
        encloses(a, b) || encloses(b, a)
    }

    private func encloses(_ a: Int, _ b: Int) -> Bool {
        var current = units[b].parent
        var steps = 0
        while current >= 0, steps < 64 {
            if Int(current) == a { return true }
            current = units[Int(current)].parent
            steps += 1
        }
        return false
    }
}
