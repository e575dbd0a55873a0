/// Typographic quotes in formatted output, as CSL processors write them: a straight apostrophe becomes ’
/// ("D'Arcus" → "D’Arcus", "'09" → "’09"), and a pair of straight quotes around words ('friend', "friend")
/// becomes a quotation that alternates with the quotes around it.
enum SmartQuotes {
    static func apply(_ inlines: [RichInline], inQuote: Bool = false) -> [RichInline] {
        inlines.flatMap { inline -> [RichInline] in
            switch inline {
            case .text(let t): return convert(t, inQuote: inQuote)
            case .math: return [inline]
            case .link(let url, let c):
                // A printed URL or DOI stays as written; a linked title or cite is ordinary text.
                let shown = RichText.plain(c)
                return shown == url || url.hasSuffix(shown) ? [inline] : [.link(url: url, apply(c, inQuote: inQuote))]
            case .quoted(let single, let c): return [.quoted(single: single, apply(c, inQuote: true))]
            default: return [inline.replacingChildren(apply(inline.children, inQuote: inQuote))]
            }
        }
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    private static func convert(_ text: String, inQuote: Bool) -> [RichInline] {
        guard text.contains("'") || text.contains("\"") else { return [.text(text)] }
        let chars = Array(text)
        var out: [RichInline] = []
        var buffer = ""
        var k = 0
        while k < chars.count {
            let c = chars[k]
            let before: Character? = k > 0 ? chars[k - 1] : nil
            let after: Character? = k + 1 < chars.count ? chars[k + 1] : nil
            if c == "'" || c == "\"" {
                let opens = !isWordCharacter(before) && after.map { !$0.isWhitespace } == true
                if opens, let close = closing(c, in: chars, from: k + 1) {
                    if !buffer.isEmpty { out.append(.text(buffer)); buffer = "" }
                    let inner = String(chars[(k + 1)..<close])
                    out.append(.quoted(single: inQuote, convert(inner, inQuote: true)))
                    k = close + 1
                    continue
                }
                buffer.append(c == "'" ? "\u{2019}" : c)
            } else {
                buffer.append(c)
            }
            k += 1
        }
        if !buffer.isEmpty { out.append(.text(buffer)) }
        return out
    }

    /// The index of the quote that closes one opened before `start`: the same mark, after a non-space, not
    /// followed by a letter or digit.
    private static func closing(_ mark: Character, in chars: [Character], from start: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == mark, j > start, !chars[j - 1].isWhitespace, !isWordCharacter(j + 1 < chars.count ? chars[j + 1] : nil) {
                return j
            }
            j += 1
        }
        return nil
    }
}
