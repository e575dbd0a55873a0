/// Plain-text views of the model, used by analysis, summaries, slugs and feeds.
public enum PlainText {
    /// The text of inlines: markup dropped, code and math kept as written, breaks as spaces.
    public static func of(_ inlines: [Inline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    private static func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .span(_, let c): append(c, to: &out)
            case .link(_, _, let c): append(c, to: &out)
            case .image(let image): append(image.alt, to: &out)
            case .math(let tex, _): out += tex
            case .html: break
            case .softBreak, .lineBreak: out += " "
            case .footnoteReference: break
            case .citation(let c): out += c.items.map { "@" + $0.key }.joined(separator: "; ")
            case .crossReference(let r): out += "@" + r.label
            }
        }
    }

    /// The text of a block; nested blocks separated by blank lines, list items by newlines.
    public static func of(_ block: Block) -> String {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return of(inlines)
        case .list(let list):
            return list.items.map { $0.blocks.map(of).joined(separator: "\n") }.joined(separator: "\n")
        case .code(_, let text): return text
        case .math(let tex): return tex
        case .figure(let figure): return of(figure.caption)
        case .table(let table):
            let rows = [table.header] + table.rows
            return rows.map { $0.map(of).joined(separator: " | ") }.joined(separator: "\n")
        case .quote(let blocks), .div(let blocks): return of(blocks)
        case .callout(let callout): return ([of(callout.title)] + callout.blocks.map(of)).joined(separator: "\n\n")
        case .definitionList(let list):
            return list.items.map { item in
                ([of(item.term)] + item.definitions.map { of($0.blocks) }).joined(separator: "\n")
            }.joined(separator: "\n\n")
        case .html, .thematicBreak: return ""
        }
    }

    /// The text of several blocks separated by blank lines.
    public static func of(_ blocks: [Block]) -> String {
        blocks.map(of).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
