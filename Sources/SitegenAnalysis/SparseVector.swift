import Foundation

/// A unit-length sparse vector over term ids, sorted by id, for cosine similarity by merge.
struct SparseVector {
    var ids: [Int32] = []
    var weights: [Float] = []

    /// True when the vector has no terms.
    var isEmpty: Bool { ids.isEmpty }

    /// The dot product; the cosine when both are normalised.
    func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x == y {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, sum)
    }
}
