import Foundation

/// How common a word is in general English, from the embedded wordfreq table (`EnglishWordFrequencies`), keyed
/// by the tokenizer's word hash.
enum EnglishFrequency {
    /// Zipf value assumed for words the table does not list (rarer than its cut-off).
    static let unlistedZipf = 2.5

    /// Zipf ×10 by word hash, parsed once on first use.
    static let table: [UInt64: UInt8] = {
        var table: [UInt64: UInt8] = [:]
        table.reserveCapacity(32_000)
        for line in EnglishWordFrequencies.table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let value = UInt8(first) else { continue }
            for word in fields.dropFirst() {
                if let hash = Tokenizer.wordHashes(String(word)).first { table[hash] = max(table[hash] ?? 0, value) }
            }
        }
        return table
    }()

    /// The Zipf frequency of a word (log10 of uses per billion words).
    static func zipf(_ hash: UInt64) -> Double {
        table[hash].map { Double($0) / 10 } ?? unlistedZipf
    }

    /// The probability that a running word of English text is this word.
    static func probability(_ hash: UInt64) -> Double {
        pow(10, zipf(hash) - 9)
    }
}
