import SitegenCore

/// Parses pandoc's generic attribute syntax `{#id .class key=value key2="quoted value" -}`: the one place
/// headings, images, links, spans, fenced divs, tables and equations read their attributes.
enum AttributeParser {
    /// How far a read got.
    enum Outcome {
        /// A well-formed block and the offset just past its `}`.
        case parsed(Attributes, Int)
        /// Well formed so far, but the text ended first: more text could still close it.
        case incomplete
        /// Not an attribute block.
        case invalid
    }

    /// The attributes of `bytes[start...]`, which must begin with `{`, and the offset just past the closing `}`;
    /// nil when the text is not a well-formed attribute block. Never reads past `end`.
    static func parse(_ bytes: [UInt8], from start: Int, end: Int? = nil) -> (Attributes, Int)? {
        guard case .parsed(let attributes, let next) = read(bytes, from: start, end: end) else { return nil }
        return (attributes, next)
    }

    /// `parse`, telling a block cut short by `end` from one that cannot be an attribute block.
    static func read(_ bytes: [UInt8], from start: Int, end: Int? = nil) -> Outcome {
        let limit = min(end ?? bytes.count, bytes.count)
        guard start < limit, bytes[start] == UInt8(ascii: "{") else { return .invalid }
        var attributes = Attributes()
        var i = start + 1
        while i < limit {
            let b = bytes[i]
            if isSpace(b) {
                i += 1
            } else if b == UInt8(ascii: "}") {
                return .parsed(attributes, i + 1)
            } else if b == UInt8(ascii: "#") || b == UInt8(ascii: ".") {
                let (name, next) = readName(bytes, i + 1, limit)
                guard !name.isEmpty else { return next == limit ? .incomplete : .invalid }
                if b == UInt8(ascii: "#") { attributes.id = name } else { attributes.classes.append(name) }
                i = next
            } else if b == UInt8(ascii: "-"), i + 1 < limit, isSpace(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "}") {
                attributes.classes.append("unnumbered")
                i += 1
            } else {
                switch readPair(bytes, i, limit) {
                case .read(let pair, let next):
                    attributes.pairs.append(pair)
                    i = next
                case .incomplete: return .incomplete
                case .invalid: return .invalid
                }
            }
        }
        return .incomplete
    }

    /// The attributes of a whole string such as `{#fig-x width=70%}`; nil unless all of it is one attribute block.
    static func parse(_ text: String) -> Attributes? {
        let bytes = Array(text.utf8)
        guard let (attributes, end) = parse(bytes, from: 0), end == bytes.count else { return nil }
        return attributes
    }

    /// Where a trailing attribute block `… {#id}` starts in `bytes[range]` (it must end the range, after optional
    /// spaces), with the attributes; nil when the text does not end with one.
    static func trailing(_ bytes: [UInt8], in range: Range<Int>) -> (Attributes, Int)? {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > range.lowerBound, bytes[end - 1] == UInt8(ascii: "}") else { return nil }
        var open = end - 1
        var tries = 0
        while open > range.lowerBound, tries < 8 {
            open -= 1
            guard bytes[open] == UInt8(ascii: "{") else { continue }
            tries += 1
            if let (attributes, close) = parse(bytes, from: open, end: end), close == end {
                return (attributes, open)
            }
        }
        return nil
    }

    /// Whether `bytes[start...]` opens what can only be meant as an attribute block: `{#name`, `{.name` or
    /// `{key=`; `{smile}` or `{ text` is prose.
    static func looksLikeStart(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start + 2 < bytes.count, bytes[start] == UInt8(ascii: "{") else { return false }
        let marker = bytes[start + 1]
        if marker == UInt8(ascii: "#") || marker == UInt8(ascii: ".") { return isNameByte(bytes[start + 2]) }
        var i = start + 1
        while i < bytes.count, i - start < 64, isNameByte(bytes[i]) { i += 1 }
        return i > start + 1 && i < bytes.count && bytes[i] == UInt8(ascii: "=")
    }

    private static func readName(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> (String, Int) {
        var i = start
        while i < limit, isNameByte(bytes[i]) { i += 1 }
        return (String(decoding: bytes[start..<i], as: UTF8.self), i)
    }

    private enum PairRead {
        case read(Attributes.Pair, Int)
        case incomplete
        case invalid
    }

    private static func readPair(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> PairRead {
        let (key, afterKey) = readName(bytes, start, limit)
        guard !key.isEmpty else { return .invalid }
        guard afterKey < limit else { return .incomplete }
        guard bytes[afterKey] == UInt8(ascii: "=") else { return .invalid }
        var i = afterKey + 1
        guard i < limit else { return .incomplete }
        let quote = bytes[i]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            i += 1
            var value: [UInt8] = []
            while i < limit, bytes[i] != quote {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < limit { i += 1 }
                value.append(bytes[i])
                i += 1
            }
            guard i < limit else { return .incomplete }
            return .read(Attributes.Pair(key, String(decoding: value, as: UTF8.self)), i + 1)
        }
        let valueStart = i
        while i < limit, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "}") { i += 1 }
        guard i > valueStart else { return .invalid }
        return .read(Attributes.Pair(key, String(decoding: bytes[valueStart..<i], as: UTF8.self)), i)
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// Letters, digits, non-ASCII, and `-_:`: what pandoc allows in identifiers, classes and keys.
    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
    }
}
