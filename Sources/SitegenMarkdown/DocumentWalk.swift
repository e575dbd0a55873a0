import SitegenCore

/// Visits every inline of a document in document order, the order citation processors expect. A footnote's
/// content is visited where the note is first referenced (as citeproc numbers citations in notes);
/// notes never referenced come last.
public struct DocumentWalk {
    private let notes: [String: Footnote]
    private var visitedNotes: Set<String> = []

    private init(_ document: Document) {
        var notes: [String: Footnote] = [:]
        for footnote in document.footnotes where notes[footnote.label] == nil { notes[footnote.label] = footnote }
        self.notes = notes
    }

    /// Every citation in document order.
    public static func citations(in document: Document) -> [Citation] {
        var result: [Citation] = []
        forEachInline(in: document) { inline in
            if case .citation(let citation) = inline { result.append(citation) }
        }
        return result
    }

    /// Every image of the document, in figures and inline, in document order.
    public static func images(in document: Document) -> [Image] {
        var result: [Image] = []
        func blocks(_ list: [Block]) {
            for block in list {
                switch block.kind {
                case .figure(let figure): result += figure.images
                case .list(let l): for item in l.items { blocks(item.blocks) }
                case .quote(let b), .div(let b): blocks(b)
                case .callout(let c): blocks(c.blocks)
                case .definitionList(let d): for item in d.items { for definition in item.definitions { blocks(definition.blocks) } }
                default: break
                }
            }
        }
        for section in document.root.flattened { blocks(section.blocks) }
        for footnote in document.footnotes { blocks(footnote.blocks) }
        forEachInline(in: document) { inline in
            if case .image(let image) = inline { result.append(image) }
        }
        return result.sorted { $0.location < $1.location }
    }

    /// Calls `body` for every inline, outer before inner.
    public static func forEachInline(in document: Document, _ body: (Inline) -> Void) {
        var walk = DocumentWalk(document)
        for section in document.root.flattened {
            walk.visit(section.heading, body)
            for block in section.blocks { walk.visit(block, body) }
        }
        for footnote in document.footnotes where walk.visitedNotes.insert(footnote.label).inserted {
            for block in footnote.blocks { walk.visit(block, body) }
        }
    }

    private mutating func visit(_ block: Block, _ body: (Inline) -> Void) {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): visit(inlines, body)
        case .list(let list):
            for item in list.items { for block in item.blocks { visit(block, body) } }
        case .figure(let figure):
            for image in figure.images { visit(image.alt, body) }
            if figure.images.count != 1 || figure.caption != figure.images[0].alt { visit(figure.caption, body) }
        case .table(let table):
            visit(table.caption, body)
            for cell in table.header { visit(cell, body) }
            for row in table.rows { for cell in row { visit(cell, body) } }
        case .quote(let blocks), .div(let blocks):
            for block in blocks { visit(block, body) }
        case .callout(let callout):
            visit(callout.title, body)
            for block in callout.blocks { visit(block, body) }
        case .definitionList(let list):
            for item in list.items {
                visit(item.term, body)
                for definition in item.definitions { for block in definition.blocks { visit(block, body) } }
            }
        case .code, .math, .html, .thematicBreak: break
        }
    }

    private mutating func visit(_ inlines: [Inline], _ body: (Inline) -> Void) {
        for inline in inlines {
            body(inline)
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .span(_, let children):
                visit(children, body)
            case .link(_, _, let children): visit(children, body)
            case .image(let image): visit(image.alt, body)
            case .footnoteReference(let label):
                guard let note = notes[label], visitedNotes.insert(label).inserted else { continue }
                for block in note.blocks { visit(block, body) }
            default: break
            }
        }
    }
}
