import SitegenCore

/// Quarto's figure and table divs whose content is not an image or a table: `::: {#fig-x}` around a code
/// block, a diagram or raw HTML, its last paragraph the caption. They are numbered with the figures (tables)
/// and rendered as a `<figure>` holding the content and a "Figure n: caption".
enum FloatDiv {
    /// `fig` or `tbl` when `block` is such a div.
    static func kind(of block: Block) -> String? {
        guard case .div = block.kind, let id = block.attributes.id, let kind = LabelKind.prefix(of: id),
              kind == "fig" || kind == "tbl" else { return nil }
        return kind
    }

    /// The content and the caption (the last block, when it is a paragraph and not the only block).
    static func split(_ blocks: [Block]) -> (content: [Block], caption: [Inline]) {
        guard blocks.count > 1, case .paragraph(let caption)? = blocks.last?.kind else { return (blocks, []) }
        return (Array(blocks.dropLast()), caption)
    }

    /// `::: {#tbl-x}` around one table and its caption paragraph: the table, labelled and captioned.
    static func table(_ blocks: [Block], attributes: Attributes, at: SourceLocation) -> Block? {
        let (content, caption) = split(blocks)
        guard content.count == 1, case .table(var table) = content[0].kind else { return nil }
        if !caption.isEmpty { table.caption = caption }
        var merged = content[0].attributes
        merged.id = attributes.id
        merged.classes += attributes.classes.filter { !merged.classes.contains($0) }
        return Block(.table(table), at: at, attributes: merged)
    }
}
