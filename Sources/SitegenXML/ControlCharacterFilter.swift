/// Removes the C0 control characters XML 1.0 forbids (all below U+0020 but tab, line feed and carriage
/// return, NUL included) from ASCII-compatible bytes before parsing. One of them anywhere makes libxml2 stop
/// expanding every later entity reference — `&lt;` and `&amp;` included — so a feed's markup would be garbled
/// from there on; feedparser reads past them too. Each removal is reported (the first few with their place).
enum ControlCharacterFilter {
    /// The bytes without forbidden controls and the issues saying where they were, or nil when there were none.
    static func filter(_ bytes: [UInt8], keepEscape: Bool) -> ([UInt8], [XMLDocument.Issue])? {
        guard bytes.contains(where: { isForbidden($0, keepEscape: keepEscape) }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var issues: [XMLDocument.Issue] = []
        var removed = 0
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            guard isForbidden(byte, keepEscape: keepEscape) else {
                out.append(byte)
                continue
            }
            removed += 1
            if issues.count < 5 {
                let code = String(byte, radix: 16, uppercase: true)
                issues.append(.init(line: line, column: index - lineStart + 1,
                    message: "illegal control character U+\(String(repeating: "0", count: 4 - code.count) + code) removed"))
            }
        }
        if removed > issues.count {
            issues.append(.init(line: 0, column: 0, message: "\(removed) illegal control characters removed in all"))
        }
        return (out, issues)
    }

    private static func isForbidden(_ byte: UInt8, keepEscape: Bool) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && !(keepEscape && byte == 0x1B)
    }
}
