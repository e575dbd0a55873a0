/// Maps word hashes to content-term ids: stop words and numbers map to -1, other words to the id of their stem,
/// so "metric" and "metrics" share one id. Strings are made only the first time a word is seen.
struct Vocabulary {
    private var termOfWord: [UInt64: Int32] = [:]
    private var termOfStem: [String: Int32] = [:]
    /// The stem of each term id.
    private(set) var stems: [String] = []
    /// The first word seen for each term id (shown in evidence instead of the stem).
    private(set) var surfaces: [String] = []

    /// The number of distinct content terms.
    var count: Int { stems.count }

    /// The term id of a word (-1 for stop words and numbers).
    mutating func term(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let term = termOfWord[hash] { return term }
        let word = String(decoding: bytes, as: UTF8.self)
        let term = Self.isContent(word) ? termID(forStem: Stemmer.stem(word), surface: word) : -1
        termOfWord[hash] = term
        return term
    }

    /// The term id of an already-stemmed string, or nil when unseen.
    func existingTerm(stem: String) -> Int32? { termOfStem[stem] }

    private mutating func termID(forStem stem: String, surface: String) -> Int32 {
        if let id = termOfStem[stem] { return id }
        let id = Int32(stems.count)
        stems.append(stem)
        surfaces.append(surface)
        termOfStem[stem] = id
        return id
    }

    /// Content words have two or more characters, at least one letter, and are not stop words.
    static func isContent(_ word: String) -> Bool {
        guard word.utf8.count >= 2, !StopWords.all.contains(word) else { return false }
        return word.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Adds another vocabulary's words and stems; returns, for each of its term ids, the id here.
    mutating func merge(_ other: Vocabulary) -> [Int32] {
        let map = other.stems.indices.map { termID(forStem: other.stems[$0], surface: other.surfaces[$0]) }
        for (hash, term) in other.termOfWord where termOfWord[hash] == nil {
            termOfWord[hash] = term >= 0 ? map[Int(term)] : -1
        }
        return map
    }
}
