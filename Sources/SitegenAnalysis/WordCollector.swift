/// Collects words as strings.
struct WordCollector: TokenSink {
    var words: [String] = []
    mutating func word(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        words.append(String(decoding: bytes, as: UTF8.self))
    }
    mutating func sentenceEnd(at end: Int) {}
}
