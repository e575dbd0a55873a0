/// HTML escaping, in one place for every stage that writes markup.
public enum HTML {
    /// Escapes text for element content and double-quoted attributes: `&`, `<`, `>`, `"`.
    public static func escape(_ text: String) -> String {
        var text = text
        // Works on UTF-8 bytes: escaping whole posts for pages and feeds is on the build's hot path. A first pass
        // sizes the result, the second copies the runs between special bytes in one block each.
        return text.withUTF8 { bytes -> String in
            var extra = 0
            for byte in bytes where isSpecial(byte) { extra += entity(byte).count - 1 }
            guard extra > 0 else { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out -> Int in
                var written = 0
                var runStart = 0
                for i in 0..<bytes.count where isSpecial(bytes[i]) {
                    if i > runStart {
                        _ = UnsafeMutableBufferPointer(rebasing: out[written..<(written + i - runStart)])
                            .initialize(from: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                        written += i - runStart
                    }
                    for b in entity(bytes[i]) {
                        out[written] = b
                        written += 1
                    }
                    runStart = i + 1
                }
                if runStart < bytes.count {
                    _ = UnsafeMutableBufferPointer(rebasing: out[written..<(written + bytes.count - runStart)])
                        .initialize(from: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
                    written += bytes.count - runStart
                }
                return written
            }
        }
    }

    private static let ampersand: StaticString = "&amp;"
    private static let lessThan: StaticString = "&lt;"
    private static let greaterThan: StaticString = "&gt;"
    private static let quote: StaticString = "&quot;"

    /// The entity's bytes for one of the four special bytes.
    @inline(__always)
    private static func entity(_ byte: UInt8) -> UnsafeBufferPointer<UInt8> {
        let s: StaticString
        switch byte {
        case 0x26: s = ampersand
        case 0x3C: s = lessThan
        case 0x3E: s = greaterThan
        default: s = quote
        }
        return UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    /// Escapes text for a double-quoted attribute value.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text)
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
    }
}
