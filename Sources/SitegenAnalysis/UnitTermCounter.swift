import Foundation

/// Counts the content terms of a rewrite unit (figure captions left out, as in the unit's word vector) with a
/// reusable dense scratch buffer, and ranks them for the cross-document candidate index.
struct UnitTermCounter {
    private var counts: [Int32]
    private var touched: [Int32] = []

    init(termCount: Int) {
        counts = [Int32](repeating: 0, count: termCount)
    }

    /// `(term id, count)` of the unit's words, by term id.
    mutating func counts(_ unit: RewriteUnit, in corpus: Corpus) -> [(term: Int32, count: Int32)] {
        for p in Int(unit.passageStart)..<Int(unit.passageEnd) {
            let passage = corpus.passages[p]
            guard passage.kind != .caption else { continue }
            for position in Int(passage.tokenStart)..<Int(passage.tokenEnd) {
                let term = corpus.tokens.terms[position]
                guard term >= 0 else { continue }
                if counts[Int(term)] == 0 { touched.append(term) }
                counts[Int(term)] += 1
            }
        }
        touched.sort()
        let result = touched.map { (term: $0, count: counts[Int($0)]) }
        for term in touched { counts[Int(term)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result
    }

    /// The weight that ranks a unit's terms for the candidate index: sublinear term frequency times
    /// `ln(1 + N / df)`, in double precision (the distributed job computes the same expression with the same
    /// operations, so both rank alike).
    @inline(__always)
    static func weight(count: Int32, documentFrequency: Int32, documents: Int) -> Double {
        (1 + log(Double(count))) * log(1 + Double(documents) / Double(max(1, documentFrequency)))
    }

    /// The `k` heaviest terms (as term hashes) that more than one document uses; ties go to the smaller hash,
    /// so the choice depends on the words alone, never on the order documents were read.
    static func topTerms(_ counts: [(term: Int32, count: Int32)], hashes: [UInt64], documentFrequency: [Int32],
                         documents: Int, k: Int) -> [UInt64] {
        var weighted: [(weight: Double, hash: UInt64)] = []
        weighted.reserveCapacity(counts.count)
        for (term, count) in counts where documentFrequency[Int(term)] >= 2 {
            let weight = Self.weight(count: count, documentFrequency: documentFrequency[Int(term)], documents: documents)
            weighted.append((weight, hashes[Int(term)]))
        }
        weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.hash < $1.hash }
        return weighted.prefix(k).map(\.hash)
    }
}
