import Foundation
import SitegenXML

/// Rewrites the entity references that make feeds ill-formed, so a second parse keeps everything.
///
/// libxml2 stops expanding entity references — `&lt;` and `&amp;` included — once a document has been found
/// not well-formed, so one undeclared `&nbsp;` or bare `&` would strip the markup from every later entry.
/// Feeds commonly use HTML entity names without declaring them; like feedparser, sitegen reads them as the
/// characters they name. Undeclared HTML names become numeric references, other undeclared names and bare
/// ampersands become `&amp;` (literal text). CDATA sections, comments and processing instructions are left
/// alone, as are declared entities (their expansion stays bounded by the XML layer).
enum EntityRepair {
    private static let predefined: Set<String> = ["lt", "gt", "amp", "quot", "apos"]

    /// True when a parse issue is one this repair can fix.
    static func isRepairable(_ message: String) -> Bool {
        let text = message.lowercased()
        return (text.contains("entity") && text.contains("not defined")) || text.contains("entityref")
            || text.contains("charref")
            || text.contains("entity reference") && !text.contains("loop")
    }

    /// The repaired bytes, or nil when nothing needed repair or the encoding is not ASCII-compatible.
    static func repair(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard !bytes.starts(with: [0xFE, 0xFF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.prefix(4).contains(0) else { return nil }
        let declared = declaredEntities(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 32)
        var changed = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<"), let end = skippedSectionEnd(bytes, at: i) {
                out.append(contentsOf: bytes[i..<end])
                i = end
            } else if byte == UInt8(ascii: "&") {
                let (replacement, consumed) = reference(bytes, at: i, declared: declared)
                changed = changed || replacement != nil
                out.append(contentsOf: replacement ?? Array(bytes[i..<i + consumed]))
                i += consumed
            } else {
                out.append(byte)
                i += 1
            }
        }
        return changed ? Data(out) : nil
    }

    /// For the `&` at `start`: the replacement (nil: keep as is) and how many bytes the original spans.
    private static func reference(_ bytes: [UInt8], at start: Int, declared: Set<String>) -> ([UInt8]?, Int) {
        var j = start + 1
        if j < bytes.count, bytes[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < bytes.count && (bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X"))
            if hex { j += 1 }
            let digitsStart = j
            while j < bytes.count, j - digitsStart < 10, isDigit(bytes[j], hex: hex) { j += 1 }
            if j > digitsStart, j < bytes.count, bytes[j] == UInt8(ascii: ";") {
                let digits = String(decoding: bytes[digitsStart..<j], as: UTF8.self)
                // A character XML forbids is dropped (as the control characters themselves are); HTML's `&#X41;`
                // is XML's `&#x41;`.
                guard let value = UInt32(digits, radix: hex ? 16 : 10), isXMLCharacter(value) else { return ([], j + 1 - start) }
                if hex, bytes[start + 2] == UInt8(ascii: "X") { return (Array("&#x\(digits);".utf8), j + 1 - start) }
                return (nil, j + 1 - start)
            }
            return (Array("&amp;".utf8), 1)
        }
        while j < bytes.count, j - start <= 32, isNameByte(bytes[j]) { j += 1 }
        guard j > start + 1, j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return (Array("&amp;".utf8), 1) }
        let name = String(decoding: bytes[(start + 1)..<j], as: UTF8.self)
        if predefined.contains(name) || declared.contains(name) { return (nil, j + 1 - start) }
        if let code = HTMLEntityTable.codepoints[name] { return (Array("&#\(code);".utf8), j + 1 - start) }
        return (Array("&amp;".utf8), 1)
    }

    /// The end of a CDATA section, comment or processing instruction starting at `start`, copied verbatim.
    private static func skippedSectionEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", "?>")] where matches(bytes, open, at: start) {
            var k = start + open.utf8.count
            while k < bytes.count, !matches(bytes, close, at: k) { k += 1 }
            return min(bytes.count, k + close.utf8.count)
        }
        return nil
    }

    /// Names of general entities declared in the internal DTD subset.
    private static func declaredEntities(_ bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var i = 0
        let limit = min(bytes.count, 1 << 20)
        while i < limit, names.count < 10_000 {
            if matches(bytes, "<!ENTITY", at: i) {
                var j = i + 8
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
                let nameStart = j
                while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                if j > nameStart { names.insert(String(decoding: bytes[nameStart..<j], as: UTF8.self)) }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }

    private static func matches(_ bytes: [UInt8], _ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (hex && ((byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)))
    }
}
