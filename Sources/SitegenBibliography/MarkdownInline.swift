/// The small part of pandoc Markdown that CSL-YAML bibliographies use in their values: `*emphasis*`,
/// `**strong**`, `^super^`, `~sub~`, `[text]{.nocase}`, `[text]{.smallcaps}`, `` `code` ``, `[text](url)` and
/// backslash escapes. pandoc reads YAML bibliography values as Markdown; CSL-JSON values use HTML-like tags.
struct MarkdownInline {
    private let s: [Character]
    private var i = 0
    private var depth = 0

    /// Converts a value to rich text.
    static func convert(_ text: String) -> [RichInline] {
        guard text.contains(where: { "*_^~[`\\".contains($0) }) else { return text.isEmpty ? [] : [.text(text)] }
        var parser = MarkdownInline(Array(text))
        return RichInlineBuilder.normalize(parser.sequence(until: nil))
    }

    private init(_ s: [Character]) { self.s = s }

    private func find(_ delimiter: String, from start: Int) -> Int? {
        let d = Array(delimiter)
        var j = start
        while j + d.count <= s.count {
            if s[j] == "\\" { j += 2; continue }
            if Array(s[j..<(j + d.count)]) == d { return j }
            j += 1
        }
        return nil
    }

    private mutating func sequence(until end: Int?) -> [RichInline] {
        let limit = end ?? s.count
        var out: [RichInline] = []
        var text = ""
        func flush() { if !text.isEmpty { out.append(.text(text)); text = "" } }
        while i < limit {
            let c = s[i]
            if c == "\\", i + 1 < limit {
                text.append(s[i + 1])
                i += 2
                continue
            }
            if depth < 32, let (inline, next) = span(at: i, limit: limit) {
                flush()
                out.append(inline)
                i = next
                continue
            }
            text.append(c)
            i += 1
        }
        flush()
        return out
    }

    /// A delimited span starting at `k`, and the index after it.
    private mutating func span(at k: Int, limit: Int) -> (RichInline, Int)? {
        let c = s[k]
        for (open, wrap) in [("**", { RichInline.bold($0) }), ("__", { RichInline.bold($0) })] as [(String, ([RichInline]) -> RichInline)]
        where hasPrefix(open, at: k) {
            if let close = find(open, from: k + 2), close < limit, close > k + 2 { return (wrap(inner(k + 2, close)), close + 2) }
        }
        if c == "*" || c == "_" || c == "^" || c == "~" {
            guard k + 1 < limit, !s[k + 1].isWhitespace, let close = find(String(c), from: k + 1), close < limit, close > k + 1 else { return nil }
            if c == "_", k > 0, s[k - 1].isLetter || s[k - 1].isNumber { return nil }
            let content = inner(k + 1, close)
            switch c {
            case "^": return (.superscript(content), close + 1)
            case "~": return (.subscript(content), close + 1)
            default: return (.italic(content), close + 1)
            }
        }
        if c == "`", let close = find("`", from: k + 1), close < limit {
            return (.nocase([.text(String(s[(k + 1)..<close]))]), close + 1)
        }
        if c == "[", let close = find("]", from: k + 1), close < limit, close + 1 < limit {
            if s[close + 1] == "{", let end = find("}", from: close + 2), end < limit {
                let attrs = String(s[(close + 2)..<end])
                let content = inner(k + 1, close)
                if attrs.contains(".nocase") { return (.nocase(content), end + 1) }
                if attrs.contains(".smallcaps") { return (.smallCaps(content), end + 1) }
                return (.span(classes: [], content), end + 1)
            }
            if s[close + 1] == "(", let end = find(")", from: close + 2), end < limit {
                return (.link(url: String(s[(close + 2)..<end]), inner(k + 1, close)), end + 1)
            }
        }
        return nil
    }

    private func hasPrefix(_ p: String, at k: Int) -> Bool {
        let a = Array(p)
        return k + a.count <= s.count && Array(s[k..<(k + a.count)]) == a
    }

    private mutating func inner(_ from: Int, _ to: Int) -> [RichInline] {
        var sub = MarkdownInline(Array(s[from..<to]))
        sub.depth = depth + 1
        return sub.sequence(until: nil)
    }
}
