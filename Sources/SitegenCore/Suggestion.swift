/// "Did you mean …?": the closest candidate by edit distance, for diagnostics about misspelt keys, labels,
/// rules and links. Fast enough to run against thousands of candidates for thousands of mistakes.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible misspelling. Ties go to the
    /// alphabetically first candidate, so the answer is deterministic.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let entries = candidates.map { candidate in
            let scalars = Array(candidate.lowercased().unicodeScalars)
            return (candidate: candidate, scalars: scalars, bag: Bag(scalars))
        }
        return nearest(Array(word.lowercased().unicodeScalars), in: entries[...], excluding: nil)
    }

    /// Candidates prepared once (lowercased, counted, indexed by trigram) for many look-ups, e.g. every broken
    /// link of a site against every page. With many candidates only those sharing the most trigrams with the
    /// word are compared in full, which keeps a look-up near-constant in the number of candidates.
    public struct Index: Sendable {
        private let entries: [(candidate: String, scalars: [Unicode.Scalar], bag: Bag)]
        private let trigrams: [UInt64: [Int32]]
        /// Below this many candidates every one is compared.
        private static let scanAll = 256
        /// How many trigram-ranked candidates are compared in full.
        private static let shortlist = 48

        /// Prepares `candidates`.
        public init(_ candidates: some Sequence<String>) {
            entries = candidates.map { candidate in
                let scalars = Array(candidate.lowercased().unicodeScalars)
                return (candidate, scalars, Bag(scalars))
            }
            var trigrams: [UInt64: [Int32]] = [:]
            if entries.count >= Self.scanAll {
                for (i, entry) in entries.enumerated() {
                    for key in Set(Self.trigramKeys(entry.scalars)) { trigrams[key, default: []].append(Int32(i)) }
                }
            }
            self.trigrams = trigrams
        }

        /// The candidate closest to `word` (see `Suggestion.nearest`), leaving out `excluded`.
        public func nearest(to word: String, excluding excluded: String? = nil) -> String? {
            let target = Array(word.lowercased().unicodeScalars)
            guard entries.count >= Self.scanAll else { return Suggestion.nearest(target, in: entries[...], excluding: excluded) }
            // Trigrams most candidates share ("/po", "ost") say nothing; rarer ones pick the shortlist.
            let common = max(64, entries.count / 8)
            var counts = [UInt16](repeating: 0, count: entries.count)
            var touched: [Int32] = []
            for key in Set(Self.trigramKeys(target)) {
                guard let postings = trigrams[key], postings.count <= common else { continue }
                for i in postings {
                    if counts[Int(i)] == 0 { touched.append(i) }
                    counts[Int(i)] &+= 1
                }
            }
            let ranked = touched.sorted { counts[Int($0)] != counts[Int($1)] ? counts[Int($0)] > counts[Int($1)] : $0 < $1 }
                .prefix(Self.shortlist).map { (key: $0, value: 0) }
            let picked = ranked.map { entries[Int($0.key)] }
            return Suggestion.nearest(target, in: picked[...], excluding: excluded)
        }

        private static func trigramKeys(_ s: [Unicode.Scalar]) -> [UInt64] {
            guard s.count >= 3 else { return s.isEmpty ? [] : [s.reduce(UInt64(0)) { $0 << 21 | UInt64($1.value) }] }
            return (0...(s.count - 3)).map { i in UInt64(s[i].value) << 42 | UInt64(s[i + 1].value) << 21 | UInt64(s[i + 2].value) }
        }
    }

    private static func nearest(
        _ target: [Unicode.Scalar], in entries: ArraySlice<(candidate: String, scalars: [Unicode.Scalar], bag: Bag)>, excluding excluded: String?
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
