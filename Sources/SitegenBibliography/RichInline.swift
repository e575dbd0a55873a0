/// A piece of formatted text inside a bibliography field or a formatted citation: the small inline model the
/// CSL processor works on (pandoc's Inlines, reduced to what citation output needs).
public indirect enum RichInline: Hashable, Sendable {
    /// Plain characters; spaces included.
    case text(String)
    /// Italics.
    case italic([RichInline])
    /// Bold.
    case bold([RichInline])
    /// Small capitals.
    case smallCaps([RichInline])
    /// Superscript.
    case superscript([RichInline])
    /// Subscript.
    case `subscript`([RichInline])
    /// Underlined.
    case underline([RichInline])
    /// Text that case transformations must not touch (`{Protected}` in BibTeX, `<span class="nocase">`).
    case nocase([RichInline])
    /// A span with classes (`csl-block`, `csl-left-margin`, …); transparent to case changes.
    case span(classes: [String], [RichInline])
    /// Quoted text; `single` alternates with nesting.
    case quoted(single: Bool, [RichInline])
    /// A hyperlink.
    case link(url: String, [RichInline])
    /// Inline TeX math kept as written.
    case math(String)

    /// The children of a container, empty for leaves.
    var children: [RichInline] {
        switch self {
        case .text, .math: return []
        case .italic(let c), .bold(let c), .smallCaps(let c), .superscript(let c), .subscript(let c),
            .underline(let c), .nocase(let c), .span(_, let c), .quoted(_, let c), .link(_, let c):
            return c
        }
    }

    /// The same container holding other children; leaves are returned unchanged.
    func replacingChildren(_ c: [RichInline]) -> RichInline {
        switch self {
        case .text, .math: return self
        case .italic: return .italic(c)
        case .bold: return .bold(c)
        case .smallCaps: return .smallCaps(c)
        case .superscript: return .superscript(c)
        case .subscript: return .subscript(c)
        case .underline: return .underline(c)
        case .nocase: return .nocase(c)
        case .span(let classes, _): return .span(classes: classes, c)
        case .quoted(let s, _): return .quoted(single: s, c)
        case .link(let url, _): return .link(url: url, c)
        }
    }
}

extension Array where Element == RichInline {
    /// The text without markup; quotes rendered as curly quotes.
    var plainText: String {
        var out = ""
        RichText.appendPlain(self, to: &out)
        return out
    }
}
