/// Computes the Gopher repetition metrics of each document over its word tokens.
struct RepetitionMetrics {
    private var table = CountingTable(capacity: 4096)

    /// The metrics of one document (stock-phrase fields left at zero).
    mutating func metrics(_ corpus: Corpus, document: Int) -> TextMetrics {
        let record = corpus.documents[document]
        let range = Int(record.tokenStart)..<Int(record.tokenEnd)
        let lengths = corpus.tokens.lengths
        var totalChars = 0
        for position in range { totalChars += Int(lengths[position]) }
        var metrics = TextMetrics(wordCount: range.count)
        guard totalChars > 0 else { return metrics }
        let (lineFraction, lineChars) = duplicates(corpus, units: lines(corpus, record))
        let (paragraphFraction, paragraphChars) = duplicates(corpus, units: paragraphs(corpus, record))
        metrics.duplicateLineFraction = Rounding.round(lineFraction)
        metrics.duplicateLineCharacterFraction = Rounding.round(Double(lineChars) / Double(totalChars))
        metrics.duplicateParagraphFraction = Rounding.round(paragraphFraction)
        metrics.duplicateParagraphCharacterFraction = Rounding.round(Double(paragraphChars) / Double(totalChars))
        metrics.topNgramCharacterShare = (2...4).map { n in
            NgramValue(n: n, value: Rounding.round(Double(topNgramChars(corpus, range, n: n)) / Double(totalChars)))
        }
        metrics.duplicateNgramCharacterFraction = (5...10).map { n in
            NgramValue(n: n, value: Rounding.round(Double(duplicateNgramChars(corpus, range, n: n)) / Double(totalChars)))
        }
        return metrics
    }

    /// Token ranges of lines: every passage.
    private func lines(_ corpus: Corpus, _ record: DocumentRecord) -> [Range<Int>] {
        (Int(record.passageStart)..<Int(record.passageEnd)).map {
            Int(corpus.passages[$0].tokenStart)..<Int(corpus.passages[$0].tokenEnd)
        }.filter { !$0.isEmpty }
    }

    /// Token ranges of paragraphs: passages of one block (a whole list) together, headings alone.
    private func paragraphs(_ corpus: Corpus, _ record: DocumentRecord) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var previous: (section: Int32, block: Int32)?
        for p in Int(record.passageStart)..<Int(record.passageEnd) {
            let passage = corpus.passages[p]
            let range = Int(passage.tokenStart)..<Int(passage.tokenEnd)
            if passage.block >= 0, let last = previous, last == (passage.section, passage.block), let open = result.last {
                result[result.count - 1] = open.lowerBound..<range.upperBound
            } else {
                result.append(range)
            }
            previous = passage.block >= 0 ? (passage.section, passage.block) : nil
        }
        return result.filter { !$0.isEmpty }
    }

    /// Share of units repeating an earlier unit, and the characters in those repeats.
    private mutating func duplicates(_ corpus: Corpus, units: [Range<Int>]) -> (Double, Int) {
        guard !units.isEmpty else { return (0, 0) }
        table.removeAll()
        var repeated = 0, chars = 0
        for unit in units where table.increment(Shingler.combine(corpus.tokens.hashes, unit.lowerBound, unit.upperBound)) > 1 {
            repeated += 1
            for position in unit { chars += Int(corpus.tokens.lengths[position]) }
        }
        return (Double(repeated) / Double(units.count), chars)
    }

    private mutating func topNgramChars(_ corpus: Corpus, _ range: Range<Int>, n: Int) -> Int {
        guard range.count >= n else { return 0 }
        let keys = Self.ngramKeys(corpus.tokens.hashes, range, n: n)
        table.removeAll()
        for key in keys { table.increment(key) }
        guard let best = table.maximum(), best.count > 1, let offset = keys.firstIndex(of: best.key) else { return 0 }
        let start = range.lowerBound + offset
        let chars = (start..<(start + n)).reduce(0) { $0 + Int(corpus.tokens.lengths[$1]) }
        return chars * Int(best.count)
    }

    /// Characters in n-grams that repeat an earlier n-gram, skipping past each repeat (as the reference
    /// implementations do) so overlapping repeats are counted once.
    private mutating func duplicateNgramChars(_ corpus: Corpus, _ range: Range<Int>, n: Int) -> Int {
        guard range.count >= n else { return 0 }
        let keys = Self.ngramKeys(corpus.tokens.hashes, range, n: n)
        table.removeAll()
        var chars = 0
        var offset = 0
        while offset < keys.count {
            if table.count(keys[offset]) > 0 {
                for position in (range.lowerBound + offset)..<(range.lowerBound + offset + n) {
                    chars += Int(corpus.tokens.lengths[position])
                }
                offset += n
            } else {
                table.increment(keys[offset])
                offset += 1
            }
        }
        return chars
    }

    /// Polynomial rolling hashes of every n-gram in `range`, in O(range) whatever n is.
    static func ngramKeys(_ hashes: [UInt64], _ range: Range<Int>, n: Int) -> [UInt64] {
        let base: UInt64 = 0x100_0000_01B3
        var power: UInt64 = 1
        for _ in 1..<n { power = power &* base }
        var keys: [UInt64] = []
        keys.reserveCapacity(range.count - n + 1)
        var h: UInt64 = 0
        for position in range.lowerBound..<(range.lowerBound + n) { h = h &* base &+ hashes[position] }
        keys.append(h)
        var position = range.lowerBound + n
        while position < range.upperBound {
            h = (h &- hashes[position - n] &* power) &* base &+ hashes[position]
            keys.append(h)
            position += 1
        }
        return keys
    }
}
