/// The plain text of a small HTML fragment such as a formatted citation: tags dropped, character references
/// decoded (the few names a citation processor writes, and every numeric one); anything else kept as written.
enum HTMLText {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// `html` as text.
    static func plain(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                i = tagEnd(bytes, from: i)
            } else if b == UInt8(ascii: "&"), let (decoded, next) = reference(bytes, at: i) {
                out += decoded
                i = next
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset after the tag opening at `start`; quoted attribute values may hold `>`.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start + 1
        var quote: UInt8?
        while i < bytes.count {
            let b = bytes[i]
            if let open = quote {
                if b == open { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return bytes.count
    }

    /// The UTF-8 of the character reference at `start` (`&amp;`, `&#8220;`, `&#x201D;`) and the offset after it.
    private static func reference(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        if let text = named[name] { return (Array(text.utf8), end + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(String(Character(scalar)).utf8), end + 1)
    }
}
