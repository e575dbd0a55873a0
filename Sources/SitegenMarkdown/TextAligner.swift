/// Finds where a byte of a cmark text literal sits in the prepared source, stepping over backslash escapes and
/// entity references (which make the literal shorter than its source). Remembers its last position per node,
/// so a left-to-right scan costs linear time.
struct TextAligner {
    let source: [UInt8]
    private var cache: [Int: (literal: Int, source: Int)] = [:]

    init(source: [UInt8]) {
        self.source = source
    }

    /// The prepared-source offset of `piece.literal[index]` and whether it was written as a backslash escape;
    /// nil when the node's position is unknown.
    mutating func locate(_ piece: TextPiece, index: Int) -> (offset: Int, escaped: Bool)? {
        guard piece.sourceOffset >= 0 else { return nil }
        let literal = piece.literal
        var (j, i) = (0, piece.sourceOffset)
        if let cached = cache[piece.node], cached.literal <= index { (j, i) = cached }
        let n = source.count
        var steps = 0
        while j < index, i < n, steps < 1_000_000 {
            steps += 1
            let sb = source[i]
            let lb = literal[j]
            if sb == UInt8(ascii: "&"), let semicolon = entityEnd(from: i), !literalRepeats(literal, j, i..<(semicolon + 1)) {
                i = semicolon + 1
                j += 1
                var extra = 0
                while j < index, extra < 3, i < n, literal[j] != source[i], literal[j] & 0xC0 == 0x80 {
                    j += 1
                    extra += 1
                }
            } else if sb == lb {
                i += 1
                j += 1
            } else if sb == UInt8(ascii: "\\"), i + 1 < n, source[i + 1] == lb {
                i += 2
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        cache[piece.node] = (j, i)
        guard i < n, index < literal.count else { return (min(i, n), false) }
        let escaped = source[i] == UInt8(ascii: "\\") && i + 1 < n && source[i + 1] == literal[index]
        return (i, escaped)
    }

    /// True when the literal spells out the source bytes (an unknown entity name cmark left undecoded).
    private func literalRepeats(_ literal: [UInt8], _ j: Int, _ range: Range<Int>) -> Bool {
        guard j + range.count <= literal.count else { return false }
        return literal[j..<(j + range.count)].elementsEqual(source[range])
    }

    private func entityEnd(from start: Int) -> Int? {
        var i = start + 1
        while i < source.count, i - start <= 32 {
            let b = source[i]
            if b == UInt8(ascii: ";") { return i > start + 1 ? i : nil }
            let isNameByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "#")
            if !isNameByte { return nil }
            i += 1
        }
        return nil
    }
}
