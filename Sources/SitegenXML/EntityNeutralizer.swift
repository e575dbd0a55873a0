/// Leaves out the internal entity declarations of a document whose entities would expand past the budget,
/// and turns every reference to them into literal text (`&a;` → `&amp;a;`), so libxml2 expands nothing and
/// no later entity or markup is lost. Declarations become spaces (newlines kept), so lines stay where they were.
struct EntityNeutralizer {
    let entities: Set<String>
    let declarations: [Range<Int>]

    func apply(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        for range in declarations {
            for k in range where b[k] != 0x0A && b[k] != 0x0D { b[k] = 0x20 }
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 16)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "<"), let end = verbatimEnd(b, at: i) {
                out.append(contentsOf: b[i..<end])
                i = end
            } else if c == UInt8(ascii: "&") {
                var j = i + 1
                while j < n, j - i <= 64, XMLStructureScanner.isNameByte(b[j]) { j += 1 }
                if j > i + 1, j < n, b[j] == UInt8(ascii: ";"),
                    entities.contains(String(decoding: b[(i + 1)..<j], as: UTF8.self))
                {
                    out.append(contentsOf: Array("&amp;".utf8))
                    i += 1
                } else {
                    out.append(c)
                    i += 1
                }
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The end of a comment, CDATA section or processing instruction at `start`, copied as it is.
    private func verbatimEnd(_ b: [UInt8], at start: Int) -> Int? {
        for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", "?>")] where Self.matches(b, open, at: start) {
            var k = start + open.utf8.count
            while k < b.count, !Self.matches(b, close, at: k) { k += 1 }
            return min(b.count, k + close.utf8.count)
        }
        return nil
    }

    private static func matches(_ b: [UInt8], _ text: String, at index: Int) -> Bool {
        var k = index
        for byte in text.utf8 {
            guard k < b.count, b[k] == byte else { return false }
            k += 1
        }
        return true
    }
}
