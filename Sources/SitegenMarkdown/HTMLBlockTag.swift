/// pandoc's `markdown_in_html_blocks`: a line holding only the opening or closing tag of a block element
/// (`<div id="g">`, `</section>`) is raw HTML on its own, and the lines between are Markdown. CommonMark
/// would make everything up to the next blank line raw HTML; the preprocessor therefore replaces such a
/// line with a one-line marker comment (restored as the tag's HTML), so the next line starts a Markdown block.
enum HTMLBlockTag {
    /// Block elements whose content pandoc reads as Markdown.
    static let names: Set<String> = [
        "div", "section", "article", "aside", "details", "figure", "figcaption", "header", "footer", "main", "nav",
        "center", "blockquote", "fieldset", "form",
    ]

    /// Whether `line` (after indentation) is one opening or closing tag of those elements and nothing else.
    static func isLoneTag(_ line: ArraySlice<UInt8>) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        var i = line.startIndex
        guard end - i >= 3, line[i] == UInt8(ascii: "<"), line[end - 1] == UInt8(ascii: ">") else { return false }
        i += 1
        let closing = line[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        while i < end, (line[i] | 0x20) >= 0x61, (line[i] | 0x20) <= 0x7A { i += 1 }
        guard names.contains(String(decoding: line[nameStart..<i], as: UTF8.self).lowercased()) else { return false }
        if closing { return i == end - 1 }
        guard i == end - 1 || line[i] == 0x20 || line[i] == 0x09 else { return false }
        var quote: UInt8?
        while i < end - 1 {
            let b = line[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") || b == UInt8(ascii: "<") {
                return false
            }
            i += 1
        }
        return quote == nil && line[end - 2] != UInt8(ascii: "/")
    }
}
