import SitegenCore
@testable import SitegenMarkdown

/// A post with a three-line front matter block, so body line N of `body` is file line N + 4.
func post(_ body: String, title: String = "T") -> String {
    "---\ntitle: \(title)\ndate: 2024-03-05\n---\n" + body
}

func parse(_ source: String, path: String = "post.md") -> ParsedMarkdown {
    MarkdownParser().parse(source, path: path, id: "posts/post")
}

/// Every block of the document, depth first (sections in order, nested blocks after their parent).
func allBlocks(_ document: Document) -> [Block] {
    var result: [Block] = []
    func visit(_ block: Block) {
        result.append(block)
        switch block.kind {
        case .quote(let blocks), .div(let blocks): blocks.forEach(visit)
        case .callout(let callout): callout.blocks.forEach(visit)
        case .list(let list): list.items.forEach { $0.blocks.forEach(visit) }
        default: break
        }
    }
    for section in document.root.flattened { section.blocks.forEach(visit) }
    return result
}

/// The inlines of the first paragraph anywhere in the document.
func firstParagraph(_ document: Document) -> [Inline] {
    for block in allBlocks(document) {
        if case .paragraph(let inlines) = block.kind { return inlines }
    }
    return []
}

/// Every inline of the document in order, nested ones included.
func allInlines(_ document: Document) -> [Inline] {
    var result: [Inline] = []
    DocumentWalk.forEachInline(in: document) { result.append($0) }
    return result
}

func citations(_ document: Document) -> [Citation] {
    allInlines(document).compactMap { if case .citation(let c) = $0 { return c } else { return nil } }
}

func crossReferences(_ document: Document) -> [CrossReference] {
    allInlines(document).compactMap { if case .crossReference(let r) = $0 { return r } else { return nil } }
}

func maths(_ document: Document) -> [(String, Bool)] {
    allInlines(document).compactMap { if case .math(let tex, let display) = $0 { return (tex, display) } else { return nil } }
}

func renderHTML(_ markdown: String, options: RenderOptions = RenderOptions(), hooks: RenderHooks = RenderHooks()) -> RenderedDocument {
    HTMLRenderer(options: options, hooks: hooks).render(parse(markdown).document)
}

extension SourceLocation {
    /// `line:column` for compact assertions.
    var lineColumn: String { "\(line):\(column)" }
}
