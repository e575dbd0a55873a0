/// "Did you mean …?": the closest candidate by edit distance, for diagnostics about misspelt keys, labels,
/// rules and links. Fast enough to run against thousands of candidates for thousands of mistakes.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible misspelling. Ties go to the
    /// alphabetically first candidate, so the answer is deterministic.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        Index(candidates).nearest(to: word)
    }

    /// Candidates prepared once (lowercased, counted) for many look-ups, e.g. every broken link of a site
    /// against every page.
    public struct Index: Sendable {
        private let entries: [(candidate: String, scalars: [Unicode.Scalar], bag: Bag)]

        /// Prepares `candidates`.
        public init(_ candidates: some Sequence<String>) {
            entries = candidates.map { candidate in
                let scalars = Array(candidate.lowercased().unicodeScalars)
                return (candidate, scalars, Bag(scalars))
            }
        }

        /// The candidate closest to `word` (see `Suggestion.nearest`), leaving out `excluded`.
        public func nearest(to word: String, excluding excluded: String? = nil) -> String? {
            Suggestion.nearest(Array(word.lowercased().unicodeScalars), in: entries, excluding: excluded)
        }
    }

    private static func nearest(
        _ target: [Unicode.Scalar], in entries: [(candidate: String, scalars: [Unicode.Scalar], bag: Bag)], excluding excluded: String?
    ) -> String? {
        let targetBag = Bag(target)
        var best: (candidate: String, distance: Int)?
        for (candidate, other, bag) in entries where candidate != excluded {
            let limit = max(2, min(target.count, other.count) / 3)
            // Only distances that could win (or tie) matter, so cheap lower bounds rule most candidates out.
            let bound = min(limit, best?.distance ?? limit)
            guard abs(target.count - other.count) <= bound, targetBag.lowerBound(to: bag) <= bound,
                  let d = distance(target, other, atMost: bound) else { continue }
            if let b = best, d > b.distance || (d == b.distance && candidate >= b.candidate) { continue }
            best = (candidate, d)
        }
        return best?.candidate
    }

    /// Levenshtein distance if it is at most `bound`, else nil. Only the diagonal band |i − j| ≤ bound can
    /// stay within the bound, so only it is computed, and the scan stops once a whole row exceeds the bound.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        if a.isEmpty { return b.count <= bound ? b.count : nil }
        if b.isEmpty { return a.count <= bound ? a.count : nil }
        let outside = bound + 1
        var previous = (0...b.count).map { $0 <= bound ? $0 : outside }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound), high = min(b.count, i + bound)
            guard low <= high else { return nil }
            current[low - 1] = low == 1 && i <= bound ? i : outside
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                current[j] = min(value, outside)
                rowMinimum = min(rowMinimum, current[j])
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }

    /// Character counts; half the size of the difference of two bags bounds the edit distance from below.
    struct Bag: Sendable {
        var counts = [Int](repeating: 0, count: 64)

        init(_ scalars: [Unicode.Scalar]) {
            for s in scalars { counts[Int(s.value % 64)] += 1 }
        }

        func lowerBound(to other: Bag) -> Int {
            var surplus = 0, deficit = 0
            for i in 0..<64 {
                let d = counts[i] - other.counts[i]
                if d > 0 { surplus += d } else { deficit -= d }
            }
            return max(surplus, deficit)
        }
    }
}
