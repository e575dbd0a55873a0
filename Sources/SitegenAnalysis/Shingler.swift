/// Word shingles: hashes of every run of `size` consecutive words inside one passage (a passage shorter than
/// `size` gives one shingle of all its words).
struct Shingler {
    let size: Int

    /// Calls `body` with each shingle hash of the passages `passages` of `corpus`.
    func forEachShingle(_ corpus: Corpus, passages: Range<Int>, _ body: (UInt64) -> Void) {
        let hashes = corpus.tokens.hashes
        for p in passages {
            let passage = corpus.passages[p]
            let start = Int(passage.tokenStart), end = Int(passage.tokenEnd)
            guard end > start else { continue }
            if end - start < size {
                body(Self.combine(hashes, start, end))
                continue
            }
            for first in start...(end - size) {
                body(Self.combine(hashes, first, first + size))
            }
        }
    }

    /// The sorted, de-duplicated shingle set of `passages`.
    func shingleSet(_ corpus: Corpus, passages: Range<Int>) -> [UInt64] {
        var set: [UInt64] = []
        forEachShingle(corpus, passages: passages) { set.append($0) }
        set.sort()
        var write = 0
        for value in set where write == 0 || set[write - 1] != value {
            set[write] = value
            write += 1
        }
        set.removeLast(set.count - write)
        return set
    }

    @inline(__always)
    static func combine(_ hashes: [UInt64], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in start..<end { h = (h ^ hashes[k]) &* 0xBF58_476D_1CE4_E5B9 &+ 0x94D0_49BB_1331_11EB }
        return mix(h)
    }

    /// The splitmix64 finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Exact Jaccard similarity of two sorted sets.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let shared = SortedSets.sharedCount(a, b)
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
