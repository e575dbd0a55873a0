/// Reads the compact candidate pair line Spark's JSON writer produces,
/// `{"a":"12:3","b":"40:1","keys":["band:4","terms:3"],"agreement":51}`, byte by byte: millions of pairs would
/// otherwise each go through `JSONDecoder`. Returns nil for anything else (spaces, other key order, escapes),
/// which the decoder then reads or refuses with a reason.
struct CompactPairScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The pair, or nil when the line is not in the compact form or names a unit paired with itself.
    mutating func pair() -> CandidatePair? {
        guard literal(#"{"a":""#), let a = unitKey(), literal(#"","b":""#), let b = unitKey(), a != b,
              literal(#"","keys":["#) else { return nil }
        var band = false
        // Keys: quoted strings without escapes, separated by commas.
        while true {
            guard literal("\"") else { return nil }
            if literal("band:") { band = true }
            while position < bytes.count, bytes[position] != 0x22 {
                guard bytes[position] != 0x5C else { return nil }
                position += 1
            }
            guard literal("\"") else { return nil }
            if literal(",") { continue }
            guard literal("]") else { return nil }
            break
        }
        if literal(#","agreement":"#) {
            guard number() != nil else { return nil }
        }
        guard literal("}") else { return nil }
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0D || bytes[position] == 0x09 { position += 1 }
        return position == bytes.count ? CandidatePair(a: a, b: b, band: band) : nil
    }

    private mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != text.utf8Start[offset] { return false }
        position += count
        return true
    }

    private mutating func number() -> Int? {
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, position - start < 12 {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return position > start ? value : nil
    }

    private mutating func unitKey() -> CandidatePair.UnitKey? {
        guard let document = number(), literal(":"), let unit = number() else { return nil }
        return CandidatePair.UnitKey(document: document, unit: unit)
    }
}
