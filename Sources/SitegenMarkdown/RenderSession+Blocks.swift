import SitegenCore

/// Sections, headings and ordinary blocks.
extension RenderSession {
    func renderSection(_ section: Section, into html: inout String) {
        if section.level > 0 {
            renderHeading(
                level: section.level, content: section.heading, id: section.id, attributes: section.attributes,
                number: index[section.id].flatMap(options.displayedNumber), into: &html)
        }
        renderBlocks(section.blocks, into: &html, tight: false)
        for child in section.subsections { renderSection(child, into: &html) }
    }

    func renderHeading(
        level: Int, content: [Inline], id: String, attributes: Attributes, number: String?, into html: inout String
    ) {
        let level = min(max(level, 1), 6)
        html += "<h\(level)"
        if !id.isEmpty { html += " id=\"\(HTML.escapeAttribute(id))\"" }
        html += attributeHTML(attributes, skipID: true) + ">"
        if let number {
            html += "<span class=\"header-section-number\">\(HTML.escape(number))</span> "
        }
        renderInlines(content, into: &html)
        if options.headingAnchors, !id.isEmpty {
            html += "<a class=\"anchor\" href=\"#\(HTML.escapeAttribute(id))\" aria-label=\"Link to this section\"></a>"
        }
        html += "</h\(level)>\n"
    }

    func renderBlocks(_ blocks: [Block], into html: inout String, tight: Bool) {
        for block in blocks { renderBlock(block, into: &html, tight: tight) }
    }

    func renderBlock(_ block: Block, into html: inout String, tight: Bool = false) {
        currentLocation = block.location
        switch block.kind {
        case .paragraph(let inlines):
            if tight {
                renderInlines(inlines, into: &html)
                html += "\n"
            } else {
                html += "<p>"
                renderInlines(inlines, into: &html)
                html += "</p>\n"
            }
        case .heading(let level, let content):
            renderHeading(
                level: level, content: content, id: block.attributes.id ?? "", attributes: block.attributes,
                number: nil, into: &html)
        case .list(let list): renderList(list, into: &html)
        case .code(let language, let text): renderCode(language: language, text: text, block: block, into: &html)
        case .math(let tex): renderEquation(tex, block: block, into: &html)
        case .figure(let figure): renderFigure(figure, block: block, into: &html)
        case .table(let table): renderTable(table, block: block, into: &html)
        case .quote(let blocks):
            html += "<blockquote>\n"
            renderBlocks(blocks, into: &html, tight: false)
            html += "</blockquote>\n"
        case .callout(let callout): renderCallout(callout, block: block, into: &html)
        case .div(let blocks): renderDiv(blocks, block: block, into: &html)
        case .html(let raw):
            if options.allowRawHTML { html += raw.hasSuffix("\n") ? raw : raw + "\n" }
        case .thematicBreak: html += "<hr>\n"
        case .definitionList(let list): renderDefinitionList(list, into: &html)
        }
    }

    /// `<dl>` as pandoc writes it: a compact definition's text sits directly in its `<dd>`.
    private func renderDefinitionList(_ list: DefinitionList, into html: inout String) {
        html += "<dl>\n"
        for item in list.items {
            html += "<dt>"
            renderInlines(item.term, into: &html)
            html += "</dt>\n"
            for definition in item.definitions {
                html += "<dd>\n"
                renderBlocks(definition.blocks, into: &html, tight: definition.tight)
                html += "</dd>\n"
            }
        }
        html += "</dl>\n"
    }

    private func renderList(_ list: List, into html: inout String) {
        let tag = list.ordered ? "ol" : "ul"
        html += "<\(tag)"
        if list.ordered, list.start != 1 { html += " start=\"\(list.start)\"" }
        if list.items.contains(where: { $0.checked != nil }) { html += " class=\"task-list\"" }
        html += ">\n"
        for item in list.items {
            if let checked = item.checked {
                html += "<li class=\"task-list-item\"><input type=\"checkbox\" disabled"
                html += checked ? " checked>" : ">"
                html += " "
            } else {
                html += "<li>"
            }
            renderBlocks(item.blocks, into: &html, tight: list.tight)
            if html.hasSuffix("\n") { html.removeLast() }
            html += "</li>\n"
        }
        html += "</\(tag)>\n"
    }
}
