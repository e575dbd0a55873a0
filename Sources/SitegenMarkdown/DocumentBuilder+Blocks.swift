import Foundation
import SitegenCore

/// Block conversion.
extension DocumentBuilder {
    /// One converted child of a container, before fenced divs are grouped.
    enum BlockItem {
        case block(Block)
        case open(Int)
        case close(Int)
    }

    /// Converts sibling block nodes, grouping fenced divs and attaching table captions.
    mutating func blocks(_ nodes: [MarkdownNode]) -> [Block] {
        var items: [BlockItem] = []
        items.reserveCapacity(nodes.count)
        var position = 0
        while position < nodes.count {
            let node = nodes[position]
            if node.kind == .htmlBlock, let (open, index) = PreparedSource.parseMarker(node.literal),
               index < prepared.divs.count {
                items.append(open ? .open(index) : .close(index))
            } else if node.kind == .htmlBlock, let tag = prepared.tagText(node.literal) {
                items.append(.block(Block(.html(String(decoding: tag, as: UTF8.self)), at: location(of: node))))
            } else if node.kind == .htmlBlock, let index = PreparedSource.parseGridMarker(node.literal),
                      index < prepared.gridTables.count {
                items.append(.block(gridTable(prepared.gridTables[index], at: location(of: node))))
            } else if let (list, rest, next) = definitionList(nodes, at: position) {
                items.append(.block(list))
                if let rest { items.append(.block(rest)) }
                position = next
                continue
            } else {
                items += block(node).map { .block($0) }
            }
            position += 1
        }
        return attachTableCaptions(groupDivs(items))
    }

    private mutating func block(_ node: MarkdownNode) -> [Block] {
        let at = location(of: node)
        currentBlock = at
        if node.kind == .paragraph { return paragraph(node, at: at) }
        return singleBlock(node, at: at).map { [$0] } ?? []
    }

    private mutating func singleBlock(_ node: MarkdownNode, at: SourceLocation) -> Block? {
        switch node.kind {
        case .heading(let level): return heading(node, level: level, at: at)
        case .blockQuote: return blockQuote(node, at: at)
        case .list(let ordered, let start, let tight):
            let items = node.children.map { item -> List.Item in
                var checked: Bool?
                if case .item(let isChecked) = item.kind { checked = isChecked }
                return List.Item(blocks: blocks(item.children), checked: checked)
            }
            return Block(.list(List(ordered: ordered, start: start, tight: tight, items: items)), at: at)
        case .codeBlock(let info):
            let info = prepared.restore(info)
            if let format = Self.rawFormat(info) {
                return RawFormat.passesThrough(format) ? Block(.html(text(node)), at: at) : nil
            }
            return Block(.code(language: Self.language(fromInfo: info), text: text(node)), at: at,
                         attributes: Self.codeAttributes(fromInfo: info))
        case .htmlBlock: return Block(.html(text(node)), at: at)
        case .thematicBreak: return Block(.thematicBreak, at: at)
        case .table(let alignments): return table(node, alignments: alignments, at: at)
        case .footnoteDefinition, .unknown, .document, .paragraph: return nil
        default:
            let inlines = inlines([node])
            return inlines.isEmpty ? nil : Block(.paragraph(inlines), at: at)
        }
    }

    /// A literal with placeholders restored to the original text.
    func text(_ node: MarkdownNode) -> String {
        String(decoding: prepared.restore(node.literal), as: UTF8.self)
    }

    /// The format of a raw block's info string `{=html}`, lowercased; nil for an ordinary info string.
    static func rawFormat(_ info: String) -> String? {
        let trimmed = info.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{="), trimmed.hasSuffix("}"), trimmed.count > 3 else { return nil }
        let format = trimmed.dropFirst(2).dropLast()
        guard format.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return format.lowercased()
    }

    /// The language of a fence info string: `python`, `{python}`, `{.python .numberLines}` → `python`.
    static func language(fromInfo info: String) -> String? {
        var word = Substring(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        if word.hasPrefix("{") { word = word.dropFirst() }
        if word.hasPrefix(".") { word = word.dropFirst() }
        while word.hasSuffix("}") || word.hasSuffix(",") { word = word.dropLast() }
        return word.isEmpty ? nil : String(word)
    }

    /// The attributes of a fence info string: `{.python filename="fit.py"}` or `python {.numberLines}`; empty for a
    /// bare language or a Quarto chunk (`{python}`).
    static func codeAttributes(fromInfo info: String) -> Attributes {
        let trimmed = info.trimmingCharacters(in: .whitespaces)
        guard let brace = trimmed.firstIndex(of: "{"), trimmed.hasSuffix("}") else { return .empty }
        return AttributeParser.parse(String(trimmed[brace...])) ?? .empty
    }

    private mutating func paragraph(_ node: MarkdownNode, at: SourceLocation) -> [Block] {
        let firstMath = displayMath.count
        var inlines = inlines(node.children)
        if let equation = equation(inlines, at: at) { return [equation] }
        if let figure = figure(inlines, at: at) { return [figure] }
        if firstMath < displayMath.count, let split = splitEquations(inlines, at: at, maths: displayMath[firstMath...]) {
            return split
        }
        Self.trimTrailingSpace(&inlines)
        return inlines.isEmpty ? [] : [Block(.paragraph(inlines), at: at)]
    }

    /// Quarto numbers `$$…$$ {#eq-x}` even inside a paragraph: the paragraph is split around such equations.
    private func splitEquations(
        _ inlines: [Inline], at: SourceLocation, maths: ArraySlice<(tex: String, location: SourceLocation)>
    ) -> [Block]? {
        var blocks: [Block] = []
        var current: [Inline] = []
        var currentStart = at
        var i = 0
        var found = false
        while i < inlines.count {
            guard case .math(let tex, true) = inlines[i], let (attributes, rest, next) = Self.equationLabel(inlines, after: i) else {
                current.append(inlines[i])
                i += 1
                continue
            }
            found = true
            Self.trimTrailingSpace(&current)
            if !current.isEmpty { blocks.append(Block(.paragraph(current), at: currentStart)) }
            let location = maths.first(where: { $0.tex == tex })?.location ?? at
            blocks.append(Block(.math(tex: tex), at: location, attributes: attributes))
            current = rest.isEmpty ? [] : [.text(rest)]
            currentStart = location
            i = next
            while i < inlines.count, current.isEmpty, Self.isBlank(inlines[i]) { i += 1 }
        }
        guard found else { return nil }
        Self.trimTrailingSpace(&current)
        if !current.isEmpty { blocks.append(Block(.paragraph(current), at: currentStart)) }
        return blocks
    }

    /// `{#eq-x}` in the text after inline `i`: the attributes, the text left after them, and the next index.
    private static func equationLabel(_ inlines: [Inline], after i: Int) -> (Attributes, String, Int)? {
        guard i + 1 < inlines.count, case .text(let text) = inlines[i + 1] else { return nil }
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard let (attributes, end) = AttributeParser.parse(bytes, from: start), LabelKind.label(attributes.id, is: "eq")
        else { return nil }
        var restStart = end
        while restStart < bytes.count, bytes[restStart] == 0x20 { restStart += 1 }
        return (attributes, String(decoding: bytes[restStart...], as: UTF8.self), i + 2)
    }

    /// A paragraph that is only `$$…$$`, optionally followed by `{#eq-x}`, is a display equation.
    private func equation(_ inlines: [Inline], at: SourceLocation) -> Block? {
        var rest = inlines
        let attributes = Self.takeTrailingAttributes(&rest) ?? .empty
        let content = rest.filter { !Self.isBlank($0) }
        guard content.count == 1, case .math(let tex, true) = content[0] else { return nil }
        return Block(.math(tex: tex), at: at, attributes: attributes)
    }

    /// A paragraph that is only an image (with a caption or a `#fig-` label) is a figure.
    private func figure(_ inlines: [Inline], at: SourceLocation) -> Block? {
        let content = inlines.filter { !Self.isBlank($0) }
        guard content.count == 1, case .image(let image) = content[0],
              !image.alt.isEmpty || image.attributes.id != nil else { return nil }
        return Block(.figure(Figure(images: [image], caption: image.alt)), at: at, attributes: image.attributes)
    }

    private mutating func heading(_ node: MarkdownNode, level: Int, at: SourceLocation) -> Block {
        var inlines = inlines(node.children)
        let trailing = Self.takeTrailingAttributes(&inlines)
        if trailing == nil { reportUnclosedTrailingAttributes(inlines, of: "a heading", at: at) }
        var attributes = trailing ?? .empty
        Self.trimTrailingSpace(&inlines)
        if attributes.id == nil {
            attributes.id = slugger.unique(PlainText.of(inlines))
        }
        return Block(.heading(level: level, content: inlines), at: at, attributes: attributes)
    }

    private mutating func table(_ node: MarkdownNode, alignments: [Table.Alignment], at: SourceLocation) -> Block {
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children {
            let cells = row.children.map { inlines($0.children) }
            if case .tableRow(true) = row.kind { header = cells } else { rows.append(cells) }
        }
        var table = Table(alignments: alignments, header: header, rows: rows)
        var attributes = Attributes.empty
        if let last = rows.last, let first = last.first, last.dropFirst().allSatisfy(\.isEmpty),
           var caption = Self.captionText(first) {
            attributes = Self.takeTrailingAttributes(&caption) ?? .empty
            table.rows.removeLast()
            table.caption = caption
        }
        return Block(.table(table), at: at, attributes: attributes)
    }

    /// Pandoc table captions sit in the paragraph after the table: `: Caption {#tbl-x}` or `Table: Caption`.
    private mutating func attachTableCaptions(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if case .paragraph(let inlines) = block.kind, let previous = result.last,
               case .table(var table) = previous.kind, table.caption.isEmpty, var caption = Self.captionText(inlines) {
                let trailing = Self.takeTrailingAttributes(&caption)
                if trailing == nil { reportUnclosedTrailingAttributes(caption, of: "a table caption", at: block.location) }
                let attributes = trailing ?? previous.attributes
                table.caption = caption
                result[result.count - 1] = Block(.table(table), at: previous.location, attributes: attributes)
                continue
            }
            result.append(block)
        }
        return result
    }

    /// The caption inlines when `inlines` start with `: ` or `Table: `.
    static func captionText(_ inlines: [Inline]) -> [Inline]? {
        guard case .text(let first)? = inlines.first else { return nil }
        for marker in [": ", "Table: ", "Table:"] where first.hasPrefix(marker) {
            var rest = inlines
            let remainder = String(first.dropFirst(marker.count).drop(while: { $0 == " " }))
            if remainder.isEmpty { rest.removeFirst() } else { rest[0] = .text(remainder) }
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    /// Removes a trailing `{#id .class k=v}` from the last text inline and returns it.
    static func takeTrailingAttributes(_ inlines: inout [Inline]) -> Attributes? {
        trimTrailingSpace(&inlines)
        guard case .text(let text)? = inlines.last else { return nil }
        let bytes = Array(text.utf8)
        guard let (attributes, start) = AttributeParser.trailing(bytes, in: 0..<bytes.count) else { return nil }
        let rest = String(decoding: bytes[..<start], as: UTF8.self)
        inlines[inlines.count - 1] = .text(rest)
        trimTrailingSpace(&inlines)
        return attributes
    }

    /// Drops trailing whitespace text and breaks.
    static func trimTrailingSpace(_ inlines: inout [Inline]) {
        while let last = inlines.last {
            if isBlank(last) {
                inlines.removeLast()
            } else if case .text(let text) = last, text.last == " " || text.last == "\t" {
                var trimmed = Substring(text)
                while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
                inlines[inlines.count - 1] = .text(String(trimmed))
            } else {
                return
            }
        }
    }

    /// Whitespace-only text or a line break.
    static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: return true
        case .text(let text): return text.allSatisfy { $0 == " " || $0 == "\t" }
        default: return false
        }
    }
}
