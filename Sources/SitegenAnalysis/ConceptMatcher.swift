/// Matches the words of a later section that an earlier one does not use to the earlier section's words that
/// share a WordNet concept with them, so a rewrite that swaps words for synonyms still reads as a restatement.
/// A match is a shared synset (strength `synonymStrength`) or a synset of one that is a hypernym, similar
/// adjective, verb group or attribute of the other's (`relatedStrength`); two words that are merely siblings
/// under one hypernym do not match. Each unmatched word goes to the earlier section's heaviest matching word.
/// Uses dense scratch maps over concept ids (copy the matcher per thread).
struct ConceptMatcher {
    /// Weight kept by a word matched through a shared synset.
    static let synonymStrength: Float = 1
    /// Weight kept by a word matched through a directly related synset.
    static let relatedStrength: Float = 0.7

    let index: ConceptIndex
    let idf: [Float]
    private var ownTarget: [Int32]
    private var relatedTarget: [Int32]
    private var touched: [UInt32] = []

    init(index: ConceptIndex, idf: [Float]) {
        self.index = index
        self.idf = idf
        ownTarget = [Int32](repeating: -1, count: index.conceptBound)
        relatedTarget = [Int32](repeating: -1, count: index.conceptBound)
    }

    /// True when no term has concepts (no WordNet table, or no known word).
    var isInert: Bool { index.conceptBound == 0 }

    /// The remap of `later`'s terms that `earlier` lacks onto `earlier`'s terms.
    mutating func remap(earlier: SparseVector, later: SparseVector) -> TermRemap {
        guard !isInert, !earlier.isEmpty, !later.isEmpty else { return TermRemap() }
        for (k, term) in earlier.ids.enumerated() {
            Self.mark(index.own(term), k, earlier, index, &ownTarget, &touched)
            Self.mark(index.related(term), k, earlier, index, &relatedTarget, &touched)
        }
        var remap = TermRemap()
        var j = 0
        for term in later.ids {
            while j < earlier.ids.count, earlier.ids[j] < term { j += 1 }
            if j < earlier.ids.count, earlier.ids[j] == term { continue }
            guard let (target, strength) = best(term, earlier) else { continue }
            let to = earlier.ids[target]
            remap.from.append(term)
            remap.to.append(to)
            remap.factor.append(strength * idf[Int(to)] / max(idf[Int(term)], 1e-6))
        }
        for concept in touched {
            ownTarget[Int(concept)] = -1
            relatedTarget[Int(concept)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        return remap
    }

    /// Records position `k` of `vector` as the target of `concepts` when it is the heaviest so far.
    private static func mark(_ concepts: Range<Int>, _ k: Int, _ vector: SparseVector, _ index: ConceptIndex,
                             _ target: inout [Int32], _ touched: inout [UInt32]) {
        for c in concepts {
            let concept = index.concepts[c]
            let current = target[Int(concept)]
            if current < 0 {
                touched.append(concept)
                target[Int(concept)] = Int32(k)
            } else if vector.weights[k] > vector.weights[Int(current)] {
                target[Int(concept)] = Int32(k)
            }
        }
    }

    /// The heaviest earlier position matching `term` by the strongest relation, with that relation's strength.
    private func best(_ term: Int32, _ earlier: SparseVector) -> (Int, Float)? {
        var synonym = -1, related = -1
        func consider(_ candidate: Int32, _ best: inout Int) {
            guard candidate >= 0 else { return }
            if best < 0 || earlier.weights[Int(candidate)] > earlier.weights[best] { best = Int(candidate) }
        }
        for c in index.own(term) {
            let concept = Int(index.concepts[c])
            consider(ownTarget[concept], &synonym)
            consider(relatedTarget[concept], &related)
        }
        if synonym >= 0 { return (synonym, Self.synonymStrength) }
        for c in index.related(term) { consider(ownTarget[Int(index.concepts[c])], &related) }
        return related >= 0 ? (related, Self.relatedStrength) : nil
    }
}
