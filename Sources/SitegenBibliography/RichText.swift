/// Conversions between `RichInline` trees and text: the CSL-JSON markup subset (`<i>`, `<b>`, `<sup>`, `<sub>`,
/// `<span class="nocase">`, small caps), plain text and HTML.
public enum RichText {
    /// Parses a field value written in the CSL-JSON markup subset; unknown tags stay literal text.
    public static func parse(_ markup: String) -> [RichInline] {
        guard markup.contains(where: { $0 == "<" || $0 == "&" || $0 == "\u{201C}" || $0 == "\"" }) else { return markup.isEmpty ? [] : [.text(markup)] }
        var parser = MarkupParser(Array(markup.unicodeScalars))
        return parser.parseSequence(closing: nil)
    }

    /// Writes inlines back as CSL-JSON markup (the inverse of `parse`).
    public static func markup(_ inlines: [RichInline]) -> String {
        var out = ""
        for inline in inlines { appendMarkup(inline, to: &out) }
        return out
    }

    private static func appendMarkup(_ inline: RichInline, to out: inout String) {
        func wrap(_ open: String, _ close: String, _ c: [RichInline]) {
            out += open
            for x in c { appendMarkup(x, to: &out) }
            out += close
        }
        switch inline {
        case .text(let s): out += escapeMarkup(s)
        case .math(let s): out += "<span class=\"math\">" + escapeMarkup(s) + "</span>"
        case .italic(let c): wrap("<i>", "</i>", c)
        case .bold(let c): wrap("<b>", "</b>", c)
        case .smallCaps(let c): wrap("<span style=\"font-variant:small-caps;\">", "</span>", c)
        case .superscript(let c): wrap("<sup>", "</sup>", c)
        case .subscript(let c): wrap("<sub>", "</sub>", c)
        case .underline(let c): wrap("", "", c)
        case .link(let url, let c): wrap("<a href=\"" + escapeMarkup(url).replacingOccurrences(of: "\"", with: "&quot;") + "\">", "</a>", c)
        case .span(let classes, let c): classes.isEmpty ? wrap("<span>", "</span>", c) : wrap("", "", c)
        case .nocase(let c): wrap("<span class=\"nocase\">", "</span>", c)
        case .quoted(_, let c): wrap("\u{201C}", "\u{201D}", c)
        }
    }

    /// Escapes the characters that would read as markup.
    static func escapeMarkup(_ s: String) -> String {
        guard s.contains(where: { $0 == "<" || $0 == "&" || $0 == ">" }) else { return s }
        return s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The text without markup.
    public static func plain(_ inlines: [RichInline]) -> String { inlines.plainText }

    static func appendPlain(_ inlines: [RichInline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .math(let s): out += s
            case .quoted(let single, let c):
                out += single ? "\u{2018}" : "\u{201C}"
                appendPlain(c, to: &out)
                out += single ? "\u{2019}" : "\u{201D}"
            default: appendPlain(inline.children, to: &out)
            }
        }
    }

    /// Renders inlines as HTML the way pandoc writes them (`<em>`, `<strong>`, `<span class="smallcaps">`, links).
    public static func html(_ inlines: [RichInline]) -> String {
        var out = ""
        appendHTML(inlines, to: &out)
        return out
    }

    private static func appendHTML(_ inlines: [RichInline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s): out += HTMLText.escape(s)
            case .math(let s): out += mathHTML(s)
            case .italic(let c): tag("em", c, &out)
            case .bold(let c): tag("strong", c, &out)
            case .smallCaps(let c): tagged("<span class=\"smallcaps\">", "</span>", c, &out)
            case .superscript(let c): tag("sup", c, &out)
            case .subscript(let c): tag("sub", c, &out)
            case .underline(let c): tag("u", c, &out)
            case .nocase(let c): appendHTML(c, to: &out)
            case .span(let classes, let c):
                if classes.isEmpty { appendHTML(c, to: &out) } else if FlipFlop.isReset(classes) {
                    tagged("<span class=\"\(classes[0])\">", "</span>", c, &out)
                } else {
                    tagged("<div class=\"\(classes.joined(separator: " "))\">", "</div>", c, &out)
                }
            case .quoted(let single, let c):
                out += single ? "\u{2018}" : "\u{201C}"
                appendHTML(c, to: &out)
                out += single ? "\u{2019}" : "\u{201D}"
            case .link(let url, let c):
                tagged("<a href=\"\(HTMLText.escape(url))\">", "</a>", c, &out)
            }
        }
    }

    /// Math as pandoc writes it without a math engine: letters in italics, the rest as text.
    static func mathHTML(_ s: String) -> String {
        var out = ""
        var letters = ""
        func flush() {
            if !letters.isEmpty { out += "<em>" + HTMLText.escape(letters) + "</em>"; letters = "" }
        }
        for ch in s {
            if ch.isLetter { letters.append(ch) } else { flush(); out += HTMLText.escape(String(ch)) }
        }
        flush()
        return out
    }

    private static func tag(_ name: String, _ c: [RichInline], _ out: inout String) {
        tagged("<\(name)>", "</\(name)>", c, &out)
    }

    private static func tagged(_ open: String, _ close: String, _ c: [RichInline], _ out: inout String) {
        out += open
        appendHTML(c, to: &out)
        out += close
    }
}
