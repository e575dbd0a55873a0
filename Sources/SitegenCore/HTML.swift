/// HTML escaping, in one place for every stage that writes markup.
public enum HTML {
    /// Escapes text for element content and double-quoted attributes: `&`, `<`, `>`, `"`.
    public static func escape(_ text: String) -> String {
        var text = text
        // Works on UTF-8 bytes: escaping whole posts for pages and feeds is on the build's hot path.
        return text.withUTF8 { bytes -> String in
            var firstSpecial = -1
            for i in 0..<bytes.count where isSpecial(bytes[i]) {
                firstSpecial = i
                break
            }
            guard firstSpecial >= 0 else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
            out.append(contentsOf: bytes[0..<firstSpecial])
            for i in firstSpecial..<bytes.count {
                switch bytes[i] {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                default: out.append(bytes[i])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
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
