import SitegenCore

/// Pre-order walks over a document's blocks and inlines, so rules need not repeat the recursion.
enum DocumentWalker {
    /// A block with where it sits.
    struct Visit {
        /// The block.
        var block: Block
        /// The scope its content belongs to (quote, code, math, html or prose).
        var scope: LintScope
        /// The nearest enclosing location with a line, for inlines without their own.
        var location: SourceLocation { block.location }
    }

    /// Every block of `document` (sections, nested blocks, footnotes) in document order.
    static func blocks(of document: Document) -> [Visit] {
        var out: [Visit] = []
        for section in document.root.flattened { collect(section.blocks, inQuote: false, into: &out) }
        for footnote in document.footnotes { collect(footnote.blocks, inQuote: false, into: &out) }
        return out
    }

    private static func collect(_ blocks: [Block], inQuote: Bool, into out: inout [Visit]) {
        for block in blocks {
            out.append(Visit(block: block, scope: scope(of: block, inQuote: inQuote)))
            switch block.kind {
            case .quote(let children): collect(children, inQuote: true, into: &out)
            case .div(let children): collect(children, inQuote: inQuote, into: &out)
            case .callout(let callout): collect(callout.blocks, inQuote: inQuote, into: &out)
            case .list(let list): for item in list.items { collect(item.blocks, inQuote: inQuote, into: &out) }
            case .definitionList(let list):
                for item in list.items { collect(item.definitions.flatMap(\.blocks), inQuote: inQuote, into: &out) }
            default: break
            }
        }
    }

    /// The scope of a block's own content.
    static func scope(of block: Block, inQuote: Bool) -> LintScope {
        switch block.kind {
        case .code: return .code
        case .math: return .math
        case .html: return .html
        case .quote: return .quote
        default: return inQuote ? .quote : .prose
        }
    }

    /// The inline runs a block holds directly (paragraph text, heading, captions, table cells, callout title).
    static func inlineRuns(of block: Block) -> [[Inline]] {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return [inlines]
        case .figure(let figure):
            return [figure.caption] + figure.subcaptions + figure.images.map(\.alt)
        case .table(let table): return [table.caption] + table.header + table.rows.flatMap { $0 }
        case .callout(let callout): return [callout.title]
        case .definitionList(let list): return list.items.map(\.term)
        default: return []
        }
    }

    /// Every inline of a document, nested ones included, with the block (or heading) that holds it.
    static func inlines(of document: Document) -> [(inline: Inline, holder: SourceLocation, scope: LintScope)] {
        var out: [(Inline, SourceLocation, LintScope)] = []
        for section in document.sections {
            flatten(section.heading) { out.append(($0, section.location, .prose)) }
        }
        for visit in blocks(of: document) {
            for run in inlineRuns(of: visit.block) {
                flatten(run) { out.append(($0, visit.location, visit.scope)) }
            }
        }
        return out
    }

    /// Calls `body` for each inline of `inlines` and of their children, in order.
    static func flatten(_ inlines: [Inline], _ body: (Inline) -> Void) {
        for inline in inlines {
            body(inline)
            switch inline {
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .span(_, let c), .link(_, _, let c):
                flatten(c, body)
            case .image(let image):
                flatten(image.alt, body)
            default:
                break
            }
        }
    }
}
