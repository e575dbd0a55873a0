/// Terms of a later section read as terms of an earlier one because their words share a WordNet concept
/// ("exactness" as "precision"): `from[k]` becomes `to[k]` with its weight scaled by `factor[k]` (the match's
/// strength times the ratio of the two terms' idf, so a word new to the corpus weighs what the word it stands
/// for weighs). `from` is sorted.
struct TermRemap {
    var from: [Int32] = []
    var to: [Int32] = []
    var factor: [Float] = []

    /// True when nothing is remapped.
    var isEmpty: Bool { from.isEmpty }

    /// `vector` with its remapped terms replaced, merged and normalised again.
    func apply(_ vector: SparseVector) -> SparseVector {
        guard !from.isEmpty, !vector.isEmpty else { return vector }
        var entries: [(id: Int32, weight: Float)] = []
        entries.reserveCapacity(vector.ids.count)
        var k = 0
        var changed = false
        for (i, id) in vector.ids.enumerated() {
            while k < from.count, from[k] < id { k += 1 }
            if k < from.count, from[k] == id {
                entries.append((to[k], vector.weights[i] * factor[k]))
                changed = true
            } else {
                entries.append((id, vector.weights[i]))
            }
        }
        guard changed else { return vector }
        entries.sort { $0.id < $1.id }
        var result = SparseVector()
        var norm: Float = 0
        for entry in entries {
            if let last = result.ids.last, last == entry.id {
                result.weights[result.weights.count - 1] += entry.weight
            } else {
                result.ids.append(entry.id)
                result.weights.append(entry.weight)
            }
        }
        for weight in result.weights { norm += weight * weight }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for k in result.weights.indices { result.weights[k] *= scale }
        }
        return result
    }
}
