/// Collects word hashes.
struct HashCollector: TokenSink {
    var hashes: [UInt64] = []
    mutating func word(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { hashes.append(hash) }
    mutating func sentenceEnd(at end: Int) {}
}
