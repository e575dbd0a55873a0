/// Precomputed positions in one chunk, so every search is a binary search and the scan stays linear-ish even
/// on hostile input full of unmatched `$` and backticks.
struct ChunkScan {
    let src: [UInt8]
    let range: Range<Int>
    /// Starts and lengths of backtick runs.
    private var runs: [(start: Int, length: Int)] = []
    /// `runs` starts alone, for binary search.
    private var runStarts: [Int] = []
    /// For each run, the next run of the same length (a code span's closer), or -1.
    private var nextSame: [Int] = []
    /// Every unescaped `$`.
    private var dollars: [Int] = []
    /// Positions `p` where `$$` starts (unescaped).
    private var doubles: [Int] = []
    /// Code spans as CommonMark pairs backtick runs (left to right, each opener with the next run of its
    /// length), sorted and disjoint; `codeSpanStarts` holds their starts for binary search.
    private var codeSpans: [Range<Int>] = []
    private var codeSpanStarts: [Int] = []

    init(src: [UInt8], range: Range<Int>) {
        self.src = src
        self.range = range
        var i = range.lowerBound
        while i < range.upperBound {
            let b = src[i]
            if b == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if b == UInt8(ascii: "`") {
                var j = i
                while j < range.upperBound, src[j] == b { j += 1 }
                runs.append((i, j - i))
                i = j
                continue
            }
            if b == UInt8(ascii: "$") {
                if let last = dollars.last, last == i - 1 { doubles.append(last) }
                dollars.append(i)
            }
            i += 1
        }
        runStarts = runs.map(\.start)
        nextSame = Array(repeating: -1, count: runs.count)
        var lastByLength: [Int: Int] = [:]
        for r in stride(from: runs.count - 1, through: 0, by: -1) {
            nextSame[r] = lastByLength[runs[r].length] ?? -1
            lastByLength[runs[r].length] = r
        }
        pairCodeSpans()
    }

    private mutating func pairCodeSpans() {
        var r = 0
        while r < runs.count {
            let close = nextSame[r]
            guard close >= 0 else {
                r += 1
                continue
            }
            codeSpans.append(runs[r].start..<(runs[close].start + runs[close].length))
            codeSpanStarts.append(runs[r].start)
            r = close + 1
        }
    }

    /// Whether `offset` lies inside a code span (its backticks included).
    func isInCodeSpan(_ offset: Int) -> Bool {
        let k = ChunkScan.firstIndex(in: codeSpanStarts, atLeast: offset + 1)
        return k > 0 && codeSpans[k - 1].contains(offset)
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// The offset after the code span opening at `i`, or after the backtick run when it has no closer.
    func skipCodeSpan(at i: Int) -> Int {
        let r = ChunkScan.firstIndex(in: runStarts, atLeast: i)
        guard r < runs.count, runs[r].start == i else { return i + 1 }
        let close = nextSame[r]
        return close >= 0 ? runs[close].start + runs[close].length : i + runs[r].length
    }

    /// The offset after the math span opening at `i`, if there is one. As in pandoc, display math closes at the
    /// first `$$`; inline math at the first `$`, and fails if that one follows a space or precedes a digit.
    /// Unlike pandoc, a closer inside a code span fails too: the code span wins, as CommonMark gives code
    /// spans precedence, so `` `$HOME` `` is never half of a formula.
    func mathEnd(openingAt i: Int) -> Int? {
        let end = range.upperBound
        guard i + 1 < end else { return nil }
        if src[i + 1] == UInt8(ascii: "$") {
            let k = ChunkScan.firstIndex(in: doubles, atLeast: i + 3)
            guard k < doubles.count, !isInCodeSpan(doubles[k]) else { return nil }
            return doubles[k] + 2
        }
        guard !ChunkScan.isSpace(src[i + 1]) else { return nil }
        let k = ChunkScan.firstIndex(in: dollars, atLeast: i + 2)
        guard k < dollars.count else { return nil }
        let close = dollars[k]
        if ChunkScan.isSpace(src[close - 1]) || isInCodeSpan(close) { return nil }
        if close + 1 < end, src[close + 1] >= 0x30, src[close + 1] <= 0x39 { return nil }
        return close + 1
    }

    /// The index of the first element of `sorted` that is at least `value` (`sorted.count` when none is).
    static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
