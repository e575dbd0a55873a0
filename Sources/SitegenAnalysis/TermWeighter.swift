import Foundation

/// Builds TF-IDF vectors from token spans with a reusable dense scratch buffer.
struct TermWeighter {
    private var counts: [Float]
    private var touched: [Int32] = []
    private let idf: [Float]

    init(idf: [Float]) {
        self.idf = idf
        counts = [Float](repeating: 0, count: idf.count)
    }

    /// The normalised sublinear TF-IDF vector of the content terms in `terms[range]`.
    mutating func vector(_ terms: [Int32], _ range: Range<Int>) -> SparseVector {
        for position in range {
            let term = terms[position]
            guard term >= 0 else { continue }
            if counts[Int(term)] == 0 { touched.append(term) }
            counts[Int(term)] += 1
        }
        return drain()
    }

    /// The vector of several spans.
    mutating func vector(_ terms: [Int32], spans: [Range<Int>]) -> SparseVector {
        for span in spans {
            for position in span {
                let term = terms[position]
                guard term >= 0 else { continue }
                if counts[Int(term)] == 0 { touched.append(term) }
                counts[Int(term)] += 1
            }
        }
        return drain()
    }

    private mutating func drain() -> SparseVector {
        touched.sort()
        var vector = SparseVector()
        vector.ids = touched
        vector.weights.reserveCapacity(touched.count)
        var norm: Float = 0
        for term in touched {
            let weight = (1 + log(counts[Int(term)])) * idf[Int(term)]
            counts[Int(term)] = 0
            vector.weights.append(weight)
            norm += weight * weight
        }
        touched.removeAll(keepingCapacity: true)
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for k in vector.weights.indices { vector.weights[k] *= scale }
        }
        return vector
    }
}
