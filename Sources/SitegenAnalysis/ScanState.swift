/// The cursor of one `Tokenizer.scan` pass: the current word being built and the sentence-boundary logic.
struct ScanState {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    private var buffer: [UInt8] = []
    private var hash = Tokenizer.fnvOffset
    private var wordStart = -1
    private var lastWordEnd = -1
    private var lastWordWasAbbreviation = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        buffer.reserveCapacity(64)
    }

    /// Consumes one byte or one multi-byte scalar.
    mutating func step<S: TokenSink>(into sink: inout S) {
        let byte = bytes[index]
        if byte < 0x80 {
            stepASCII(byte, into: &sink)
        } else {
            stepScalar(into: &sink)
        }
    }

    private mutating func stepASCII<S: TokenSink>(_ byte: UInt8, into sink: inout S) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            append(byte)
            index += 1
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            append(byte | 0x20)
            index += 1
        case UInt8(ascii: "'") where wordStart >= 0 && isLetter(at: index + 1):
            index += 1
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            finishWord(into: &sink)
            let end = index + 1
            index += 1
            if isSentenceEnd(terminator: byte, after: end) { sink.sentenceEnd(at: end) }
        case UInt8(ascii: "\n"):
            finishWord(into: &sink)
            index += 1
            sink.sentenceEnd(at: index - 1)
        default:
            finishWord(into: &sink)
            index += 1
        }
    }

    private mutating func stepScalar<S: TokenSink>(into sink: inout S) {
        let (scalar, length) = decode(at: index)
        let start = index
        index += length
        guard let scalar else {
            finishWord(into: &sink)
            return
        }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || (wordStart >= 0 && scalar.properties.generalCategory == .nonspacingMark) {
            for unit in scalar.properties.lowercaseMapping.utf8 { append(unit, at: start) }
        } else if (scalar == "\u{2019}" || scalar == "\u{02BC}") && wordStart >= 0 && isLetter(at: index) {
            return
        } else {
            finishWord(into: &sink)
            if scalar == "\u{2026}" && isSentenceEnd(terminator: UInt8(ascii: "."), after: index) {
                sink.sentenceEnd(at: index)
            }
        }
    }

    private mutating func append(_ byte: UInt8, at start: Int? = nil) {
        if wordStart < 0 {
            wordStart = start ?? index
            hash = Tokenizer.fnvOffset
            buffer.removeAll(keepingCapacity: true)
        }
        hash = (hash ^ UInt64(byte)) &* Tokenizer.fnvPrime
        buffer.append(byte)
    }

    /// Ends the word being built, if any, and hands it to the sink.
    mutating func finishWord<S: TokenSink>(into sink: inout S) {
        guard wordStart >= 0 else { return }
        let start = wordStart
        wordStart = -1
        lastWordEnd = index
        lastWordWasAbbreviation = buffer.count == 1 || Abbreviations.hashes.contains(hash)
        let wordHash = hash
        buffer.withUnsafeBufferPointer { sink.word(hash: wordHash, bytes: $0, start: start, end: index) }
    }

    /// A terminator ends a sentence when whitespace and then something other than a lowercase letter follow,
    /// and (for ".") the word before it is not an abbreviation or an initial.
    private func isSentenceEnd(terminator: UInt8, after end: Int) -> Bool {
        var j = end
        while j < bytes.count, Self.closers.contains(bytes[j]) { j += 1 }
        if j >= bytes.count { return true }
        guard whitespaceLength(at: j) > 0 else { return false }
        if terminator == UInt8(ascii: "."), lastWordEnd == end - 1, lastWordWasAbbreviation { return false }
        while j < bytes.count, case let n = whitespaceLength(at: j), n > 0 { j += n }
        if j >= bytes.count { return true }
        return !(bytes[j] >= UInt8(ascii: "a") && bytes[j] <= UInt8(ascii: "z"))
    }

    private func whitespaceLength(at position: Int) -> Int {
        switch bytes[position] {
        case 0x20, 0x0A, 0x09, 0x0D: return 1
        case 0xC2 where position + 1 < bytes.count && bytes[position + 1] == 0xA0: return 2
        default: return 0
        }
    }

    private static let closers: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
        UInt8(ascii: ")"), UInt8(ascii: "]"),
    ]

    private func isLetter(at position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte >= 0x80 { return decode(at: position).scalar?.properties.isAlphabetic ?? false }
        return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func decode(at position: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let next = bytes[position + k]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }
}
