/// Turns clusters into copies with evidence.
enum RewriteResultBuilder {
    /// Earlier members each copy is aligned with to find its restated sentences.
    static let alignedMembers = 8
    /// Recent earlier members considered for that alignment.
    static let recentMembers = 24

    static func build(detector: inout RewriteDetector, clusters raw: [[Int]], edges: [RewriteDetector.Edge]) -> RewriteResult {
        let clusters = pruneNested(raw, detector: detector)
        var copies: [RewriteResult.Copy] = []
        var restated = Set<Int>()
        for (c, members) in clusters.enumerated() {
            for (position, unit) in members.enumerated().dropFirst() {
                // The original and the most recent earlier members: enough to find what a copy restates,
                // and bounded when boilerplate makes a cluster of thousands.
                let earlier = [members[0]] + members[max(1, position - recentMembers)..<position]
                let copy = compare(unit, earlier: earlier, cluster: c, detector: &detector, restated: &restated)
                copies.append(copy)
            }
        }
        return RewriteResult(
            units: detector.units, vectors: detector.vectors, clusters: clusters, copies: copies, restatedSentences: restated)
    }

    /// Nested sections whose enclosing section is already in a cluster say nothing new.
    private static func pruneNested(_ clusters: [[Int]], detector: RewriteDetector) -> [[Int]] {
        let clustered = Set(clusters.joined())
        return clusters.map { members in
            members.filter { unit in
                detector.units[unit].isTop || !hasClusteredAncestor(unit, clustered: clustered, units: detector.units)
            }
        }.filter { $0.count > 1 }
    }

    private static func hasClusteredAncestor(_ unit: Int, clustered: Set<Int>, units: [RewriteUnit]) -> Bool {
        var current = units[unit].parent
        var steps = 0
        while current >= 0, steps < 64 {
            if clustered.contains(Int(current)) { return true }
            current = units[Int(current)].parent
            steps += 1
        }
        return false
    }

    private static func compare(_ unit: Int, earlier: [Int], cluster: Int, detector: inout RewriteDetector,
                                restated: inout Set<Int>) -> RewriteResult.Copy {
        let original = earlier[0]
        let vectors = detector.vectors
        let cosine = Double(detector.similarity(original, unit).cosine)
        let jaccard = Shingler.jaccard(detector.shingles(unit), detector.shingles(original))
        let alignment = detector.align(copy: unit, original: original)
        restated.formUnion(alignment.restated)
        let ranked = earlier.sorted { (vectors[unit].dot(vectors[$0]), -$0) > (vectors[unit].dot(vectors[$1]), -$1) }
        for other in ranked.prefix(alignedMembers) where other != original {
            restated.formUnion(detector.align(copy: unit, original: other).restated)
        }
        let closest = ranked.first ?? original
        return RewriteResult.Copy(
            unit: unit, original: original, cluster: cluster, cosine: cosine, jaccard: jaccard,
            coverage: alignment.coverage, verbatim: jaccard >= detector.options.verbatimJaccard, pairs: alignment.pairs,
            closest: closest, closestCosine: Double(vectors[unit].dot(vectors[closest])),
            sharedTerms: SharedTerms.between(unit, original, detector: detector))
    }
}
