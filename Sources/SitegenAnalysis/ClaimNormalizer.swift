import Foundation

/// Normalises claim nodes: lowercase words, stop words out, light stemming.
enum ClaimNormalizer {
    /// Most words kept in a node's wording.
    static let maxWords = 12

    /// The node for a piece of text, or nil when it has no content word.
    static func node(_ raw: Substring, keepFirst: Bool, maxWords: Int = maxWords) -> ClaimStatement.Node? {
        var words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
        words = keepFirst ? Array(words.prefix(maxWords)) : Array(words.suffix(maxWords))
        while let first = words.first, isStopWord(first) { words.removeFirst() }
        while let last = words.last, isStopWord(last) { words.removeLast() }
        let text = words.joined(separator: " ").trimmingCharacters(in: trimSet)
        let terms = Set(Tokenizer.words(text).filter(Vocabulary.isContent).map(Stemmer.stem)).sorted()
        guard !terms.isEmpty else { return nil }
        return ClaimStatement.Node(text: text, terms: terms)
    }

    private static func isStopWord(_ word: Substring) -> Bool {
        let bare = word.lowercased().trimmingCharacters(in: trimSet)
        return bare.isEmpty || edgeWords.contains(bare) || fillers.contains(bare)
    }

    /// Function words trimmed from node edges; negations and comparatives ("no", "less", "more") stay.
    static let edgeWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "so", "of", "to", "in", "on", "at", "by", "for", "with", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "its", "their", "his", "her", "our",
        "your", "my", "these", "those", "there", "here", "when", "where", "while", "if", "because", "since",
    ]

    /// Adverbs and modals that hang off the edge of a clause ("…, potentially leading to …"): trimmed from
    /// node edges, and a node of nothing else is no node.
    static let fillers: Set<String> = [
        "potentially", "directly", "indirectly", "ultimately", "further", "thereby", "thus", "hence", "often",
        "frequently", "significantly", "eventually", "inevitably", "likely", "possibly", "probably", "can", "could",
        "might", "will", "would", "may", "must", "should", "typically", "usually", "generally", "effectively",
        "consequently", "subsequently", "also", "then", "in", "turn", "which", "that", "this", "it",
        "increasingly", "severely", "substantially", "disproportionately", "necessarily", "simply", "just",
    ]

    /// True when the text has a word of two or more letters: `$500`, `x`, `0` and `v1` do not.
    static func hasWord(_ text: Substring) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                letters += 1
                if letters >= 2 { return true }
            } else {
                letters = 0
            }
        }
        return false
    }

    static let trimSet = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols)

    /// Dice overlap of two sorted term lists.
    static func dice(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let shared = SortedSets.sharedCount(a, b)
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
