import SitegenCore

/// Fenced divs, callouts, GitHub alerts and multi-image figures.
extension DocumentBuilder {
    /// The callout kinds Quarto and GitHub share.
    static let calloutKinds: Set<String> = ["note", "tip", "warning", "important", "caution"]

    /// Groups blocks between div markers into div, callout or figure blocks. Markers are siblings when the
    /// fences were at the same container level; a div left open is closed at the container's end (the
    /// preprocessor reported it if the file never closed it).
    func groupDivs(_ items: [BlockItem]) -> [Block] {
        var stack: [(index: Int, blocks: [Block])] = [(-1, [])]
        for item in items {
            switch item {
            case .block(let block):
                stack[stack.count - 1].blocks.append(block)
            case .open(let index):
                stack.append((index, []))
            case .close(let index):
                guard stack.count > 1, stack[stack.count - 1].index == index else { continue }
                let frame = stack.removeLast()
                stack[stack.count - 1].blocks.append(divBlock(prepared.divs[frame.index], frame.blocks))
            }
        }
        while stack.count > 1 {
            let frame = stack.removeLast()
            stack[stack.count - 1].blocks.append(divBlock(prepared.divs[frame.index], frame.blocks))
        }
        return stack[0].blocks
    }

    private func divBlock(_ div: DivFence, _ blocks: [Block]) -> Block {
        let at = map.originalLocation(line: div.line, byteOffsetInLine: div.byteOffset)
        let attributes = div.attributes
        if let kind = attributes.classes.first(where: { $0.hasPrefix("callout-") }) {
            return callout(kind: String(kind.dropFirst("callout-".count)), blocks, attributes: attributes, at: at)
        }
        if LabelKind.label(attributes.id, is: "fig"), let figure = figure(blocks, attributes: attributes, at: at) {
            return figure
        }
        if LabelKind.label(attributes.id, is: "tbl"), let table = FloatDiv.table(blocks, attributes: attributes, at: at) {
            return table
        }
        return Block(.div(blocks), at: at, attributes: attributes)
    }

    private func callout(kind: String, _ blocks: [Block], attributes: Attributes, at: SourceLocation) -> Block {
        var blocks = blocks
        var title: [Inline] = []
        if let text = attributes["title"], !text.isEmpty {
            title = [.text(text)]
        } else if case .heading(_, let content)? = blocks.first?.kind {
            title = content
            blocks.removeFirst()
        }
        var collapsed: Bool?
        switch attributes["collapse"]?.lowercased() {
        case "true": collapsed = true
        case "false": collapsed = false
        default: collapsed = nil
        }
        let callout = Callout(kind: kind, title: title, collapsed: collapsed, blocks: blocks)
        return Block(.callout(callout), at: at, attributes: attributes)
    }

    /// `::: {#fig-x}` holding images and a caption paragraph: a figure with sub-figures.
    private func figure(_ blocks: [Block], attributes: Attributes, at: SourceLocation) -> Block? {
        var images: [Image] = []
        var caption: [Inline] = []
        for (position, block) in blocks.enumerated() {
            switch block.kind {
            case .figure(let figure):
                images += figure.images
            case .paragraph(let inlines):
                let content = inlines.filter { !Self.isBlank($0) }
                let only = content.compactMap { inline -> Image? in
                    if case .image(let image) = inline { return image }
                    return nil
                }
                if !only.isEmpty, only.count == content.count {
                    images += only
                } else if position == blocks.count - 1 {
                    caption = inlines
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        guard !images.isEmpty else { return nil }
        let subcaptions = images.count > 1 ? images.map(\.alt) : []
        if images.count == 1, caption.isEmpty { caption = images[0].alt }
        return Block(.figure(Figure(images: images, subcaptions: subcaptions, caption: caption)), at: at, attributes: attributes)
    }

    /// A block quote, or a GitHub alert `> [!NOTE]` as a callout.
    mutating func blockQuote(_ node: MarkdownNode, at: SourceLocation) -> Block {
        var blocks = blocks(node.children)
        guard case .paragraph(var inlines)? = blocks.first?.kind, case .text(let first)? = inlines.first,
              first.hasPrefix("[!"), let close = first.firstIndex(of: "]") else {
            return Block(.quote(blocks), at: at)
        }
        let kind = first[first.index(first.startIndex, offsetBy: 2)..<close].lowercased()
        guard Self.calloutKinds.contains(kind) else { return Block(.quote(blocks), at: at) }
        let rest = first[first.index(after: close)...].drop(while: { $0 == " " })
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        while let head = inlines.first, Self.isBlank(head) { inlines.removeFirst() }
        if inlines.isEmpty {
            blocks.removeFirst()
        } else {
            blocks[0].kind = .paragraph(inlines)
        }
        return Block(.callout(Callout(kind: kind, blocks: blocks)), at: at, attributes: Attributes(classes: ["callout-\(kind)"]))
    }
}
