/// Receives the words and sentence ends that `Tokenizer.scan` finds.
protocol TokenSink {
    /// A word: its hash, its lowercased UTF-8 bytes, and its byte range in the scanned text.
    mutating func word(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    /// A sentence ended at byte offset `end` (exclusive).
    mutating func sentenceEnd(at end: Int)
}

/// Splits text into lowercase words and sentences in one pass over its UTF-8 bytes, so the hot loops of the
/// analysis work on integer hashes instead of Swift strings.
///
/// Words are runs of letters and digits; apostrophes inside words are dropped ("don't" → "dont"); hyphens,
/// slashes and other punctuation separate words ("HALO-Loss" → "halo", "loss").
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// Scans `text`, calling the sink for each word and sentence end.
    static func scan<S: TokenSink>(_ text: String, into sink: inout S) {
        var copy = text
        copy.withUTF8 { bytes in scan(bytes, into: &sink) }
    }

    /// The word hashes of `text`, in order (used for phrase lists and fixtures).
    static func wordHashes(_ text: String) -> [UInt64] {
        var sink = HashCollector()
        scan(text, into: &sink)
        return sink.hashes
    }

    /// The lowercase words of `text`, in order (used where strings are needed: claim nodes, labels).
    static func words(_ text: String) -> [String] {
        var sink = WordCollector()
        scan(text, into: &sink)
        return sink.words
    }

    private static func scan<S: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        var state = ScanState(bytes: bytes)
        while state.index < bytes.count {
            state.step(into: &sink)
        }
        state.finishWord(into: &sink)
        sink.sentenceEnd(at: bytes.count)
    }
}
