import SitegenCore

/// Definition lists: the preprocessor made each definition a `+` list item after its term's paragraph
/// (`DefinitionListScan`); here term paragraphs and those items become one `DefinitionList`.
extension DocumentBuilder {
    /// The definition list starting at `nodes[start]` when it is a term followed by its definitions: the
    /// list, a list of ordinary items that cmark joined to the last definitions (if any), and the next index.
    mutating func definitionList(_ nodes: [MarkdownNode], at start: Int) -> (Block, Block?, Int)? {
        var items: [DefinitionList.Item] = []
        var position = start
        var rest: Block?
        while position + 1 < nodes.count, rest == nil, isTerm(nodes[position]),
              case .list = nodes[position + 1].kind,
              let first = nodes[position + 1].children.first, prepared.definitions[first.line] != nil {
            let term = nodes[position]
            currentBlock = location(of: term)
            var inlines = inlines(term.children)
            Self.trimTrailingSpace(&inlines)
            var definitions: [DefinitionList.Definition] = []
            var others: [MarkdownNode] = []
            for item in nodes[position + 1].children {
                if others.isEmpty, let loose = prepared.definitions[item.line] {
                    definitions.append(DefinitionList.Definition(blocks: blocks(item.children), tight: !loose))
                } else {
                    others.append(item)
                }
            }
            items.append(DefinitionList.Item(term: inlines, definitions: definitions))
            if !others.isEmpty {
                var list = nodes[position + 1]
                list.children = others
                list.line = others[0].line
                list.column = others[0].column
                rest = blocks([list]).first
            }
            position += 2
        }
        guard !items.isEmpty else { return nil }
        return (Block(.definitionList(DefinitionList(items: items)), at: location(of: nodes[start])), rest, position)
    }

    private func isTerm(_ node: MarkdownNode) -> Bool {
        node.kind == .paragraph && prepared.definitionTerms.contains(node.line)
    }
}
