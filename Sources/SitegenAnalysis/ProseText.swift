import SitegenCore

/// The prose of inlines as the analysis reads it: like `PlainText`, but code, math, raw HTML, citations and
/// footnote marks are left out, so arrows in `x \to 0` or `a -> b` code never look like claims.
enum ProseText {
    /// The prose text of inlines.
    static func of(_ inlines: [Inline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    private static func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s): out += s
            case .code, .math: out += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .span(_, let c): append(c, to: &out)
            case .link(_, _, let c): append(c, to: &out)
            case .image(let image): append(image.alt, to: &out)
            case .softBreak, .lineBreak: out += " "
            case .html, .footnoteReference, .citation, .crossReference: break
            }
        }
    }

    /// True when the inlines link, cite or reference a footnote: the claim has support.
    static func hasSupport(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .link, .citation, .footnoteReference: return true
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .span(_, let c): return hasSupport(c)
            default: return false
            }
        }
    }
}
