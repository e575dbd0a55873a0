import SitegenCore

/// Pandoc's citation syntax on bytes: keys, bracketed citation contents, and which keys are Quarto
/// cross-references.
enum CitationSyntax {
    /// One `@key` found inside brackets.
    struct BracketItem: Equatable {
        var key: String
        var prefix: String
        var suffix: String
        var suppressAuthor: Bool
        /// Offset of the `@` in the scanned bytes.
        var at: Int
    }

    /// Prefixes that make a key a cross-reference (`@fig-x`, `@thm-x`), never a citation.
    static let crossReferenceKinds: Set<String> = Set(["fig", "tbl", "eq", "sec", "lst"] + TheoremKind.all.map(\.key))

    /// The end of a citation key starting at `start` (just after `@`), or `start` when there is none. Keys start
    /// with a letter, digit or `_`; `:._-/#` may appear inside but not at the end. Non-ASCII letters count as
    /// letters; other non-ASCII (a curly apostrophe in `@doe’s`) ends the key, as in pandoc.
    static func keyEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        guard let first = keyCharacterLength(bytes, at: start) else { return start }
        var i = start + first
        var end = i
        while i < bytes.endIndex {
            if let length = keyCharacterLength(bytes, at: i) {
                i += length
                end = i
            } else if isInternalPunctuation(bytes[i]) {
                i += 1
            } else {
                break
            }
        }
        return end
    }

    /// The byte length of the letter, digit or `_` at `i`, or nil when there is none.
    private static func keyCharacterLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int? {
        guard i < bytes.endIndex else { return nil }
        let b = bytes[i]
        if b < 0x80 { return isKeyStart(b) ? 1 : nil }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= bytes.endIndex else { return nil }
        var decoder = UTF8()
        var iterator = bytes[i..<(i + length)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil ? length : nil
    }

    /// ASCII letters, digits and `_`, and any non-ASCII byte (for callers that only look at one byte).
    static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b >= 0x80
    }

    private static func isInternalPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
            || b == UInt8(ascii: "#") || b == UInt8(ascii: "_")
    }

    /// Whether an `@` preceded by `previous` can start a narrative citation (not an e-mail address or word).
    static func canPrecedeNarrative(_ previous: UInt8?) -> Bool {
        guard let previous else { return true }
        return !(isKeyStart(previous) || previous == UInt8(ascii: "@") || previous == UInt8(ascii: ".")
            || previous == UInt8(ascii: "/") || previous == UInt8(ascii: "\\"))
    }

    /// The cross-reference a key names, or nil when the key is an ordinary citation key.
    static func crossReference(
        key: String, location: SourceLocation, suppressPrefix: Bool = false, customPrefix: String? = nil
    ) -> CrossReference? {
        var document: String?
        var label = key
        if let hash = key.firstIndex(of: "#") {
            document = String(key[..<hash])
            label = String(key[key.index(after: hash)...])
            guard document?.isEmpty == false else { return nil }
        }
        guard let kind = LabelKind.prefix(of: label), crossReferenceKinds.contains(kind) else { return nil }
        return CrossReference(
            label: label, document: document, suppressPrefix: suppressPrefix, customPrefix: customPrefix,
            location: location)
    }

    /// The items of a bracketed citation's inside (`see @a, p. 3; @b`), or nil unless every `;`-separated part
    /// holds exactly one key, as pandoc requires.
    static func bracketItems(_ bytes: ArraySlice<UInt8>) -> [BracketItem]? {
        guard bytes.contains(UInt8(ascii: "@")) else { return nil }
        var items: [BracketItem] = []
        var partStart = bytes.startIndex
        var i = bytes.startIndex
        while i <= bytes.endIndex {
            if i == bytes.endIndex || bytes[i] == UInt8(ascii: ";") {
                guard let item = item(bytes[partStart..<i]) else { return nil }
                items.append(item)
                partStart = i + 1
            }
            i += 1
        }
        return items.isEmpty ? nil : items
    }

    private static func item(_ part: ArraySlice<UInt8>) -> BracketItem? {
        var i = part.startIndex
        while i < part.endIndex {
            if part[i] == UInt8(ascii: "@") {
                let previous: UInt8? = i > part.startIndex ? part[i - 1] : nil
                let suppress = previous == UInt8(ascii: "-")
                let before = suppress ? i - 1 : i
                let beforeByte: UInt8? = before > part.startIndex ? part[before - 1] : nil
                let end = keyEnd(part, from: i + 1)
                if end > i + 1, beforeByte == nil || beforeByte == 0x20 || beforeByte == 0x09 || beforeByte == 0x0A {
                    return BracketItem(
                        key: string(part[(i + 1)..<end]), prefix: trimmed(part[part.startIndex..<before]),
                        suffix: trimmed(part[end..<part.endIndex]), suppressAuthor: suppress, at: i)
                }
            }
            i += 1
        }
        return nil
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The text without surrounding spaces and line breaks.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return string(bytes[start..<end])
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}
