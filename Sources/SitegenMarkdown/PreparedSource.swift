import SitegenCore

/// The source as cmark sees it: front matter blanked (lines kept), math replaced by placeholder tokens,
/// fenced div lines replaced by HTML comment markers; plus what was replaced.
struct PreparedSource: Sendable {
    /// The text handed to cmark.
    var bytes: [UInt8]
    /// Math spans in source order.
    var maths: [MathSpan]
    /// Placeholder segments; a token's number indexes this.
    var segments: [MathSegment]
    /// Fenced divs in order of their opening line.
    var divs: [DivFence]
    /// Column edits per line, for mapping positions back.
    var edits: [Int: [ColumnEdit]]
    /// Unclosed divs and the like.
    var diagnostics: [Diagnostic]
    /// Lines holding only a block element's tag (`HTMLBlockTag`), in order; a `tagMarker` stands for each.
    var htmlTags: [[UInt8]] = []
    /// Grid tables, in order; a `gridMarker` comment stands for each.
    var gridTables: [GridTable] = []
    /// 1-based lines holding a definition list's term.
    var definitionTerms: Set<Int> = []
    /// 1-based lines whose `:` marker became a `+` bullet, mapped to whether the definition is loose.
    var definitions: [Int: Bool] = [:]

    /// Byte that opens a math token.
    static let tokenStart: UInt8 = 0x01
    /// Byte that closes a math token.
    static let tokenEnd: UInt8 = 0x02
    /// Prefix of the comment that stands for a fence line.
    static let markerPrefix = Array("<!--sitegen-div:".utf8)

    /// Prefix of the comment that stands for a lone HTML tag line.
    static let tagMarkerPrefix = Array("<!--sitegen-tag:".utf8)

    /// The marker comment for lone tag `index`.
    static func tagMarker(_ index: Int) -> [UInt8] {
        tagMarkerPrefix + Array("\(index)-->".utf8)
    }

    /// Prefix of the comment that stands for a grid table.
    static let gridMarkerPrefix = Array("<!--sitegen-grid:".utf8)

    /// The marker comment for grid table `index`.
    static func gridMarker(_ index: Int) -> [UInt8] {
        gridMarkerPrefix + Array("\(index)-->".utf8)
    }

    /// The grid table index of a marker comment (trailing whitespace allowed).
    static func parseGridMarker(_ bytes: [UInt8]) -> Int? {
        parseIndexMarker(bytes, prefix: gridMarkerPrefix)
    }

    /// The original tag of a lone tag marker comment.
    func tagText(_ bytes: [UInt8]) -> [UInt8]? {
        guard let index = Self.parseIndexMarker(bytes, prefix: Self.tagMarkerPrefix), index < htmlTags.count else { return nil }
        return htmlTags[index]
    }

    private static func parseIndexMarker(_ bytes: [UInt8], prefix gridMarkerPrefix: [UInt8]) -> Int? {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        let p = start + gridMarkerPrefix.count
        guard end > p + 3, bytes[start...].starts(with: gridMarkerPrefix), bytes[(end - 3)..<end].elementsEqual("-->".utf8)
        else { return nil }
        return Int(String(decoding: bytes[p..<(end - 3)], as: UTF8.self))
    }

    /// The marker comment for opening (`o`) or closing (`c`) div `index`.
    static func marker(open: Bool, index: Int) -> [UInt8] {
        markerPrefix + Array("\(open ? "o" : "c"):\(index)-->".utf8)
    }

    /// Parses a marker comment (trailing newline allowed): (open, index).
    static func parseMarker(_ bytes: [UInt8]) -> (open: Bool, index: Int)? {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        let p = start + markerPrefix.count
        guard end > p + 5, bytes[start...].starts(with: markerPrefix), bytes[p + 1] == UInt8(ascii: ":"),
              bytes[(end - 3)..<end].elementsEqual("-->".utf8) else { return nil }
        let open = bytes[p] == UInt8(ascii: "o")
        guard open || bytes[p] == UInt8(ascii: "c"),
              let index = Int(String(decoding: bytes[(p + 2)..<(end - 3)], as: UTF8.self)) else { return nil }
        return (open, index)
    }

    /// Reads the token starting at `i` (which holds `tokenStart`): the segment index and the offset after it.
    func token(in bytes: [UInt8], at i: Int) -> (Int, Int)? {
        var j = i + 1
        var value = 0
        while j < bytes.count, j - i < 12, bytes[j] >= 0x30, bytes[j] <= 0x39 {
            value = value * 10 + Int(bytes[j] - 0x30)
            j += 1
        }
        guard j > i + 1, j < bytes.count, bytes[j] == PreparedSource.tokenEnd, value < segments.count else { return nil }
        return (value, j + 1)
    }

    /// `text` with every placeholder put back as the original source text: for code, URLs, raw HTML.
    func restore(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(PreparedSource.tokenStart) || containsMarker(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 16)
        var i = 0
        while i < text.count {
            if text[i] == PreparedSource.tokenStart, let (index, next) = token(in: text, at: i) {
                out += segments[index].original
                i = next
            } else if text[i] == UInt8(ascii: "<"), let (original, next) = markerText(text, at: i) {
                out += original
                i = next
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return out
    }

    /// `restore` for strings.
    func restore(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(PreparedSource.tokenStart) || containsMarker(bytes) else { return text }
        return String(decoding: restore(bytes), as: UTF8.self)
    }

    private func containsMarker(_ text: [UInt8]) -> Bool {
        guard !divs.isEmpty || !htmlTags.isEmpty, text.count >= PreparedSource.markerPrefix.count else { return false }
        var i = 0
        while i + 4 <= text.count {
            if text[i] == UInt8(ascii: "<"), text[i + 1] == UInt8(ascii: "!"),
               text[(i + 4)...].starts(with: PreparedSource.markerPrefix[4...])
                || text[(i + 4)...].starts(with: PreparedSource.tagMarkerPrefix[4...]) {
                return true
            }
            i += 1
        }
        return false
    }

    private func markerText(_ text: [UInt8], at i: Int) -> ([UInt8], Int)? {
        if text[i...].starts(with: PreparedSource.tagMarkerPrefix) {
            var end = i
            while end < text.count, end - i < 64, text[end] != UInt8(ascii: ">") { end += 1 }
            guard end < text.count, let original = tagText(Array(text[i...end])) else { return nil }
            return (original, end + 1)
        }
        guard text[i...].starts(with: PreparedSource.markerPrefix) else { return nil }
        var end = i
        while end < text.count, end - i < 64, text[end] != UInt8(ascii: ">") { end += 1 }
        guard end < text.count, let (open, index) = PreparedSource.parseMarker(Array(text[i...end])),
              index < divs.count else { return nil }
        let original = open ? divs[index].openText : (divs[index].closeText ?? [])
        return (original, end + 1)
    }
}
