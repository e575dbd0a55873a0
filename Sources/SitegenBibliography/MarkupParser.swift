/// Reads the CSL-JSON rich-text subset; anything that is not one of its tags is text.
struct MarkupParser {
    private let s: [Unicode.Scalar]
    private var i = 0
    private var depth = 0

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    private static let openTags: [(String, String)] = [
        ("<i>", "i"), ("<em>", "i"), ("<b>", "b"), ("<strong>", "b"), ("<sup>", "sup"), ("<sub>", "sub"),
        ("<span class=\"nocase\">", "nocase"), ("<span class=\"math\">", "math"), ("<span class=\"nodecor\">", "span"),
        ("<span style=\"font-variant:small-caps;\">", "sc"), ("<span style=\"font-variant: small-caps;\">", "sc"),
        ("<sc>", "sc2"), ("<span>", "span"),
    ]

    private func closeTag(for kind: String) -> String {
        switch kind {
        case "i": return "</i>"
        case "b": return "</b>"
        case "sup": return "</sup>"
        case "sub": return "</sub>"
        case "sc2": return "</sc>"
        default: return "</span>"
        }
    }

    private func hasPrefix(_ p: String) -> Bool {
        var j = i
        for c in p.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    mutating func parseSequence(closing: String?) -> [RichInline] {
        var out: [RichInline] = []
        var text = ""
        func flush() {
            if !text.isEmpty { out.append(.text(text)); text = "" }
        }
        while i < s.count {
            if let closing, hasPrefix(closing) || (closing == "</i>" && hasPrefix("</em>"))
                || (closing == "</b>" && hasPrefix("</strong>")) {
                i += hasPrefix(closing) ? closing.unicodeScalars.count : (closing == "</i>" ? 5 : 9)
                flush()
                return out
            }
            if s[i] == "<", depth < 64, hasPrefix("<a href=\""), let (url, length) = linkOpen() {
                flush()
                i += length
                depth += 1
                let inner = parseSequence(closing: "</a>")
                depth -= 1
                out.append(.link(url: url, inner))
                continue
            }
            if s[i] == "<", depth < 64, let (tag, kind) = Self.openTags.first(where: { hasPrefix($0.0) }) {
                flush()
                i += tag.unicodeScalars.count
                depth += 1
                let inner = parseSequence(closing: closeTag(for: kind))
                depth -= 1
                out.append(wrap(kind, inner))
                continue
            }
            if (s[i] == "\u{201C}" || s[i] == "\""), depth < 64, let close = matchingQuote(from: i) {
                flush()
                var inner = MarkupParser(Array(s[(i + 1)..<close]))
                inner.depth = depth + 1
                out.append(.quoted(single: false, inner.parseSequence(closing: nil)))
                i = close + 1
                continue
            }
            if s[i] == "&", let (decoded, length) = entity() {
                text += decoded
                i += length
                continue
            }
            text.unicodeScalars.append(s[i])
            i += 1
        }
        flush()
        return out
    }

    /// `<a href="…">`: the URL (entities decoded) and the tag's length.
    private func linkOpen() -> (String, Int)? {
        var j = i + 9
        var raw = ""
        while j < s.count, s[j] != "\"" {
            raw.unicodeScalars.append(s[j])
            j += 1
        }
        guard j + 1 < s.count, s[j + 1] == ">" else { return nil }
        let url = raw.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (url, j + 2 - i)
    }

    /// The index of the quote closing the one at `start`: "…" or “…”, on the same tag level. A quote never
    /// closes inside a nested element or after the element holding the opening quote has closed, so
    /// `<span>“I</span> know<span>”</span>` keeps its tags (the quotes stay text).
    private func matchingQuote(from start: Int) -> Int? {
        let closing: Unicode.Scalar = s[start] == "\"" ? "\"" : "\u{201D}"
        var j = start + 1
        var level = 0
        while j < s.count {
            if s[j] == "<" {
                if j + 1 < s.count, s[j + 1] == "/" {
                    if level == 0 { return nil }
                    level -= 1
                } else if hasPrefix("<a href=\"", at: j) || Self.openTags.contains(where: { hasPrefix($0.0, at: j) }) {
                    level += 1
                }
            } else if level == 0 {
                if s[j] == closing { return j > start + 1 ? j : nil }
                if s[j] == "\u{201C}" && closing == "\u{201D}" { return nil }
            }
            j += 1
        }
        return nil
    }

    private func hasPrefix(_ p: String, at start: Int) -> Bool {
        var j = start
        for c in p.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    private func wrap(_ kind: String, _ inner: [RichInline]) -> RichInline {
        switch kind {
        case "i": return .italic(inner)
        case "b": return .bold(inner)
        case "sup": return .superscript(inner)
        case "sub": return .subscript(inner)
        case "nocase": return .nocase(inner)
        case "math": return .math(RichText.plain(inner))
        case "sc", "sc2": return .smallCaps(inner)
        default: return .span(classes: [], inner)
        }
    }

    private func entity() -> (String, Int)? {
        for (name, value) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#38;", "&")]
        where hasPrefix(name) {
            return (value, name.unicodeScalars.count)
        }
        return nil
    }
}
