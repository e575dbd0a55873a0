import SitegenCore

/// Theorem-like divs, shaped like Quarto's HTML: `<div id="thm-x" class="theorem">` (plus the environment,
/// `theorem lemma`), whose first paragraph opens with `<span class="theorem-title"><strong>Theorem 1
/// (Name)</strong></span>`.
extension RenderSession {
    func renderTheorem(
        _ blocks: [Block], block: Block, kind: TheoremKind, entry: CrossReferenceIndex.Entry, into html: inout String
    ) {
        var attributes = block.attributes
        attributes.pairs.removeAll { $0.key == "name" }
        var body = blocks
        var name = ""
        if let written = block.attributes["name"], !written.isEmpty {
            name = HTML.escape(written)
        } else if case .heading(_, let content)? = body.first?.kind {
            renderInlines(content, into: &name)
            body.removeFirst()
        }
        let classes = kind.environment == "theorem" ? ["theorem"] : ["theorem", kind.environment]
        html += "<div" + attributeHTML(attributes, extraClasses: classes) + ">\n"
        let label = options.prefix(for: kind.key) + " " + (options.displayedNumber(of: entry) ?? entry.number)
        let title = "<span class=\"theorem-title\"><strong>" + HTML.escape(label)
            + (name.isEmpty ? "" : " (" + name + ")") + "</strong></span>"
        if case .paragraph(let inlines)? = body.first?.kind {
            html += "<p>" + title + " "
            renderInlines(inlines, into: &html)
            html += "</p>\n"
            body.removeFirst()
        } else {
            html += "<p>" + title + "</p>\n"
        }
        renderBlocks(body, into: &html, tight: false)
        html += "</div>\n"
    }
}
