/// Appends scanned words and sentences of one passage at a time to a `TokenStore`.
struct TokenAccumulator: TokenSink {
    var store = TokenStore()
    var vocabulary = Vocabulary()
    private var passage: Int32 = 0
    private var sentenceTokenStart = 0
    private var sentenceByteStart = -1

    /// Starts a new passage.
    mutating func begin(passage: Int32) {
        self.passage = passage
        sentenceTokenStart = store.count
        sentenceByteStart = -1
    }

    mutating func word(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        if sentenceByteStart < 0 { sentenceByteStart = start }
        store.hashes.append(hash)
        store.lengths.append(UInt16(truncatingIfNeeded: min(bytes.count, Int(UInt16.max))))
        store.terms.append(vocabulary.term(hash: hash, bytes: bytes))
    }

    mutating func sentenceEnd(at end: Int) {
        guard store.count > sentenceTokenStart, sentenceByteStart >= 0 else { return }
        store.sentences.append(SentenceSpan(
            passage: passage, tokenStart: Int32(sentenceTokenStart), tokenEnd: Int32(store.count),
            byteStart: Int32(sentenceByteStart), byteEnd: Int32(end)))
        sentenceTokenStart = store.count
        sentenceByteStart = -1
    }
}
