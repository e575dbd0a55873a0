import SitegenCore

/// Inlines as plain text in the words the page shows them: alt text, summaries and word counts say what the
/// rendered captions and paragraphs say (Core's `PlainText` keeps references as written, `@fig-x`).
extension RenderSession {
    /// The text of `inlines`: cross-references and citations as rendered, markup and footnote markers
    /// dropped, code and TeX as written, breaks as spaces.
    func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        appendPlainText(inlines, to: &out)
        return out
    }

    private func appendPlainText(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .span(_, let children),
                 .link(_, _, let children):
                appendPlainText(children, to: &out)
            case .image(let image): appendPlainText(image.alt, to: &out)
            case .math(let tex, _): out += tex
            case .softBreak, .lineBreak: out += " "
            case .html, .footnoteReference: break
            case .citation(let citation):
                out += citationHTML[citation].map(HTMLText.plain) ?? Self.writtenForm(citation)
            case .crossReference(let reference):
                out += referenceText(reference) ?? "?@" + Self.written(reference)
            }
        }
    }

    /// The link text a cross-reference renders as, without reporting it when it does not resolve (the
    /// rendering of the reference itself does that).
    func referenceText(_ reference: CrossReference) -> String? {
        if reference.document != nil { return hooks.resolveCrossReference?(reference)?.text }
        return index[reference.label].map { text(for: $0, reference: reference) }
    }
}
