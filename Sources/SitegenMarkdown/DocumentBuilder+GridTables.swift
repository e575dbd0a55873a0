import SitegenCore

/// Grid tables: each cell is Markdown of its own, parsed like a post body (so math, citations and
/// cross-references work in cells) with its lines kept. A `Table` cell holds inlines, so a cell's blocks are
/// joined by line breaks (a list in a cell reads as its items on separate lines, where pandoc keeps the list).
extension DocumentBuilder {
    func gridTable(_ grid: GridTable, at: SourceLocation) -> Block {
        let header = grid.header.map { $0.map(cellInlines) } ?? []
        let rows = grid.rows.map { $0.map(cellInlines) }
        return Block(.table(Table(alignments: grid.alignments, header: header, rows: rows)), at: at)
    }

    private func cellInlines(_ cell: GridTable.Cell) -> [Inline] {
        guard !cell.text.isEmpty else { return [] }
        // Leading newlines put the cell's text on its own file lines, so locations inside it name the right line.
        let padding = String(repeating: "\n", count: max(0, cell.line - 1))
        let document = MarkdownParser().parse(padding + cell.text, path: path, id: "").document
        return Self.flatten(document.root.flattened.flatMap { section in
            (section.level > 0 ? [Block(.paragraph(section.heading), at: section.location)] : []) + section.blocks
        })
    }

    private static func flatten(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            let inlines: [Inline]
            switch block.kind {
            case .paragraph(let content), .heading(_, let content): inlines = content
            case .list(let list): inlines = flatten(list.items.flatMap(\.blocks))
            case .code(_, let text): inlines = [.code(text)]
            case .math(let tex): inlines = [.math(tex: tex, display: true)]
            case .html(let raw): inlines = [.html(raw)]
            case .figure(let figure): inlines = figure.images.map { .image($0) }
            case .quote(let content), .div(let content): inlines = flatten(content)
            default: inlines = [.text(PlainText.of(block))]
            }
            guard !inlines.isEmpty else { continue }
            if !result.isEmpty { result.append(.lineBreak) }
            result += inlines
        }
        return result
    }
}
