/// One sentence: a span of tokens in a passage and its byte range in the passage's text.
struct SentenceSpan {
    var passage: Int32
    var tokenStart: Int32
    var tokenEnd: Int32
    var byteStart: Int32
    var byteEnd: Int32
}

/// The token streams of every passage in a collection, in flat arrays indexed by token position.
struct TokenStore {
    /// FNV-1a hash of each lowercased word.
    var hashes: [UInt64] = []
    /// UTF-8 length of each word (for character-based repetition metrics).
    var lengths: [UInt16] = []
    /// Content-term id of each word, -1 for stop words and numbers.
    var terms: [Int32] = []
    /// Sentences in passage order.
    var sentences: [SentenceSpan] = []

    /// Number of tokens.
    var count: Int { hashes.count }
}
