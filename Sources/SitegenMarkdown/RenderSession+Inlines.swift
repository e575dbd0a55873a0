import SitegenCore

/// Inline content.
extension RenderSession {
    /// Writes inlines; `links: false` keeps link text but drops the `<a>` (for TOC entries).
    func renderInlines(_ inlines: [Inline], into html: inout String, links: Bool = true) {
        for inline in inlines { renderInline(inline, into: &html, links: links) }
    }

    private func renderInline(_ inline: Inline, into html: inout String, links: Bool) {
        switch inline {
        case .text(let text): html += HTML.escape(text)
        case .code(let code): html += "<code>" + HTML.escape(code) + "</code>"
        case .emphasis(let children): wrap("em", children, into: &html, links: links)
        case .strong(let children): wrap("strong", children, into: &html, links: links)
        case .strikethrough(let children): wrap("del", children, into: &html, links: links)
        case .link(let destination, let title, let children):
            guard links else {
                renderInlines(children, into: &html, links: false)
                return
            }
            html += "<a href=\"\(HTML.escapeAttribute(linkURL(destination)))\""
            if !title.isEmpty { html += " title=\"\(HTML.escapeAttribute(title))\"" }
            html += ">"
            renderInlines(children, into: &html)
            html += "</a>"
        case .image(let image):
            checkAltText(image, alt: plainAlt(image))
            html += imageTag(image, alt: plainAlt(image), includeID: true)
        case .math(let tex, let display): renderMath(tex, display: display, at: currentLocation, into: &html)
        case .html(let raw):
            if options.allowRawHTML { html += raw }
        case .softBreak: html += "\n"
        case .lineBreak: html += "<br>\n"
        case .footnoteReference(let label): renderFootnoteReference(label, into: &html)
        case .citation(let citation):
            html += citationHTML[citation] ?? Self.writtenHTML(citation)
        case .crossReference(let reference): renderCrossReference(reference, into: &html, links: links)
        case .span(let attributes, let children): renderSpan(attributes, children, into: &html, links: links)
        }
    }

    private func wrap(_ tag: String, _ children: [Inline], into html: inout String, links: Bool) {
        html += "<\(tag)>"
        renderInlines(children, into: &html, links: links)
        html += "</\(tag)>"
    }

    private func renderSpan(_ attributes: Attributes, _ children: [Inline], into html: inout String, links: Bool) {
        let isMargin = attributes.hasClass("aside") || attributes.hasClass("column-margin")
        html += "<span" + attributeHTML(attributes, extraClasses: isMargin ? ["margin-note"] : []) + ">"
        renderInlines(children, into: &html, links: links)
        html += "</span>"
    }

    // MARK: - Cross-references

    private func renderCrossReference(_ reference: CrossReference, into html: inout String, links: Bool) {
        guard let (text, url) = resolve(reference) else {
            html += "<span class=\"cross-ref unresolved\">?@\(HTML.escape(Self.written(reference)))</span>"
            return
        }
        if links {
            html += "<a href=\"\(HTML.escapeAttribute(url))\" class=\"cross-ref\">\(HTML.escape(text))</a>"
        } else {
            html += HTML.escape(text)
        }
    }

    /// The link text and URL of a reference; nil (with a diagnostic) when it does not resolve.
    func resolve(_ reference: CrossReference) -> (String, String)? {
        if reference.document != nil {
            if let resolved = hooks.resolveCrossReference?(reference) { return (resolved.text, linkURL(resolved.url)) }
            unresolved(reference, suggestion: nil)
            return nil
        }
        guard let entry = index[reference.label] else {
            unresolved(reference, suggestion: Suggestion.nearest(to: reference.label, in: index.labels))
            return nil
        }
        return (text(for: entry, reference: reference), "#" + entry.anchor)
    }

    /// "Figure 1", "1" (`[-@fig-x]`), "Fig. 1" (`[Fig. @fig-x]`), or the title of a section whose number is
    /// not shown (see `RenderOptions.displayedNumber`).
    func text(for entry: CrossReferenceIndex.Entry, reference: CrossReference) -> String {
        guard let number = options.displayedNumber(of: entry) else { return entry.title.isEmpty ? entry.anchor : entry.title }
        if reference.suppressPrefix { return number }
        let prefix = reference.customPrefix ?? options.prefix(for: entry.kind)
        return prefix.isEmpty ? number : prefix + " " + number
    }

    static func written(_ reference: CrossReference) -> String {
        reference.document.map { $0 + "#" + reference.label } ?? reference.label
    }

    private func unresolved(_ reference: CrossReference, suggestion: String?) {
        let name = "@" + Self.written(reference)
        let hint: String
        if let suggestion {
            hint = "did you mean `@\(suggestion)`?"
        } else if reference.document != nil {
            hint = "check the post path and that \(reference.label) is labelled there with {#\(reference.label)}"
        } else {
            hint = "define it with `{#\(reference.label)}` on the figure, table, equation or heading"
        }
        // The wording `sitegen lint` uses for the same problem (UnresolvedCrossReferenceRule).
        let place = reference.document == nil ? "this post" : "that post"
        diagnostics.append(.error(
            "cross-reference `\(name)` names no label in \(place)", at: reference.location, rule: "unresolved-cross-reference", hint: hint))
    }
}
