import SitegenCore

/// Visits every block and inline of a document in document order (body, then footnotes), the order citation
/// processors expect.
enum DocumentWalk {
    /// Every citation in document order.
    static func citations(in document: Document) -> [Citation] {
        var result: [Citation] = []
        forEachInline(in: document) { inline in
            if case .citation(let citation) = inline { result.append(citation) }
        }
        return result
    }

    /// Calls `body` for every inline, outer before inner.
    static func forEachInline(in document: Document, _ body: (Inline) -> Void) {
        for section in document.root.flattened {
            visit(section.heading, body)
            for block in section.blocks { visit(block, body) }
        }
        for footnote in document.footnotes {
            for block in footnote.blocks { visit(block, body) }
        }
    }

    static func visit(_ block: Block, _ body: (Inline) -> Void) {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): visit(inlines, body)
        case .list(let list): list.items.forEach { $0.blocks.forEach { visit($0, body) } }
        case .figure(let figure):
            figure.images.forEach { visit($0.alt, body) }
            if figure.images.count != 1 || figure.caption != figure.images[0].alt { visit(figure.caption, body) }
        case .table(let table):
            visit(table.caption, body)
            table.header.forEach { visit($0, body) }
            table.rows.forEach { $0.forEach { visit($0, body) } }
        case .quote(let blocks), .div(let blocks): blocks.forEach { visit($0, body) }
        case .callout(let callout):
            visit(callout.title, body)
            callout.blocks.forEach { visit($0, body) }
        case .code, .math, .html, .thematicBreak: break
        }
    }

    static func visit(_ inlines: [Inline], _ body: (Inline) -> Void) {
        for inline in inlines {
            body(inline)
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .span(_, let children):
                visit(children, body)
            case .link(_, _, let children): visit(children, body)
            case .image(let image): visit(image.alt, body)
            default: break
            }
        }
    }
}
