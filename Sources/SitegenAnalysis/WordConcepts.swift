/// Looks words up in the embedded WordNet table (`WordNetTable`, generated at build time from the WordNet
/// database files): a word's own concepts (the synsets it belongs to) and related ones (their hypernyms,
/// similar-to adjectives, verb groups, attributes). Inflected words are reduced WordNet's way: irregular forms
/// are in the table, regular ones lose a suffix by morphy's rules (`ies` → `y`, `ing` → `e` or nothing, …);
/// the concepts of every base found are joined. Lookups are binary searches over the table's bytes: nothing is parsed
/// up front.
enum WordConcepts {
    /// A word's concepts, each list sorted and without duplicates.
    struct Concepts: Equatable {
        var own: [UInt32] = []
        var related: [UInt32] = []

        /// True when the word has no concepts.
        var isEmpty: Bool { own.isEmpty && related.isEmpty }
    }

    /// True when the build embedded a WordNet table.
    static var available: Bool { WordNetTable.available }

    /// Morphy's detachment rules (noun, verb and adjective suffixes); bases shorter than three letters are not
    /// tried ("bed" is not a form of "be").
    private static let rules: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The concepts of a lowercase word (empty for words WordNet does not know or without the table).
    static func concepts(of word: String) -> Concepts {
        let bytes = Array(word.utf8)
        guard available, bytes.count >= 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return Concepts() }
        return WordNetTable.text.withUTF8Buffer { table in
            var own = Set<UInt32>(), related = Set<UInt32>()
            var bases = [bytes]
            for rule in rules where bytes.suffix(rule.suffix.count).elementsEqual(rule.suffix) {
                let base = Array(bytes.dropLast(rule.suffix.count)) + rule.replacement
                if base.count >= 3, !bases.contains(base) { bases.append(base) }
            }
            for base in bases {
                guard let line = find(base, in: table) else { continue }
                let found = parse(line, table)
                own.formUnion(found.own)
                related.formUnion(found.related)
            }
            related.subtract(own)
            return Concepts(own: own.sorted(), related: related.sorted())
        }
    }

    /// The byte range of the line for `word` (after its tab, up to the newline), by binary search over bytes.
    private static func find(_ word: [UInt8], in table: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var low = 0, high = table.count
        while low < high {
            let middle = (low + high) / 2
            var start = middle
            while start > 0, table[start - 1] != 0x0A { start -= 1 }
            var end = start
            while end < table.count, table[end] != 0x09, table[end] != 0x0A { end += 1 }
            var lineEnd = end
            while lineEnd < table.count, table[lineEnd] != 0x0A { lineEnd += 1 }
            switch compare(word, table, start..<end) {
            case 0: return min(end + 1, lineEnd)..<lineEnd
            case -1: high = start
            default: low = lineEnd + 1
            }
        }
        return nil
    }

    /// Byte-wise comparison of `word` with `table[range]`: -1, 0 or 1.
    private static func compare(_ word: [UInt8], _ table: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = 0, j = range.lowerBound
        while i < word.count, j < range.upperBound {
            if word[i] != table[j] { return word[i] < table[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        if i == word.count { return j == range.upperBound ? 0 : -1 }
        return 1
    }

    /// Parses `own ids|related ids` (base 36, space-separated).
    private static func parse(_ range: Range<Int>, _ table: UnsafeBufferPointer<UInt8>) -> Concepts {
        var result = Concepts()
        var value: UInt32 = 0, digits = 0, inRelated = false
        func flush() {
            if digits > 0 {
                if inRelated { result.related.append(value) } else { result.own.append(value) }
            }
            value = 0
            digits = 0
        }
        for position in range {
            let byte = table[position]
            switch byte {
            case 0x30...0x39: value = value &* 36 &+ UInt32(byte - 0x30); digits += 1
            case 0x61...0x7A: value = value &* 36 &+ UInt32(byte - 0x61 + 10); digits += 1
            case 0x7C: flush(); inRelated = true
            default: flush()
            }
        }
        flush()
        return result
    }
}
