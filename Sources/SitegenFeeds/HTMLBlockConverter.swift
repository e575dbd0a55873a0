import SitegenCore
import SitegenXML

/// Converts (sanitised) HTML into the shared block model: `h1`–`h6` start sections, and `p`, lists, `pre`,
/// `blockquote`, tables, figures and `hr` become their blocks; containers such as `div` and `section` are
/// transparent; anything else is kept as raw HTML.
struct HTMLBlockConverter {
    let source: String
    /// Added to an HTML line to get the feed line (the content's first line minus one).
    let lineOffset: Int
    /// Used when an element's line is unknown.
    let fallbackLine: Int
    private var slugger = Slugger()

    static let transparent: Set<String> = [
        "div", "section", "article", "main", "header", "footer", "aside", "nav", "details", "address", "center",
        "body", "html", "span", "font",
    ]
    static let blockNames: Set<String> = Set([
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "pre", "blockquote", "table", "figure", "hr",
        "video", "audio", "summary",
    ]).union(transparent.subtracting(["span", "font"]))

    init(source: String, contentLine: Int, fallbackLine: Int) {
        self.source = source
        self.lineOffset = contentLine > 0 ? contentLine - 1 : 0
        self.fallbackLine = contentLine > 0 ? contentLine : fallbackLine
    }

    func location(_ element: XMLElement) -> SourceLocation {
        let line = element.line > 0 && lineOffset >= 0 ? element.line + lineOffset : fallbackLine
        return SourceLocation(file: source, line: line)
    }

    /// The root section of `body`.
    mutating func root(_ body: XMLElement) -> Section {
        var tree = SectionTree(root: SourceLocation(file: source, line: fallbackLine))
        flow(body.children, into: &tree, depth: 0, line: fallbackLine)
        return tree.finish()
    }

    /// Blocks of a nested flow (list item, quote, figure without images): headings stay blocks.
    mutating func blocks(_ nodes: [XMLNode], depth: Int, line: Int) -> [Block] {
        var tree = SectionTree(root: SourceLocation(file: source, line: line), allowsSections: false)
        flow(nodes, into: &tree, depth: depth, line: line)
        return tree.rootBlocks
    }

    private mutating func flow(_ nodes: [XMLNode], into tree: inout SectionTree, depth: Int, line: Int) {
        var run: [XMLNode] = []
        var runLine = line
        var currentLine = line
        for node in nodes {
            if case .element(let element) = node, Self.blockNames.contains(element.name) || depth >= 60 {
                flushRun(&run, line: runLine, into: &tree)
                currentLine = location(element).line
                block(element, into: &tree, depth: depth)
            } else {
                if run.isEmpty { runLine = currentLine }
                if case .element(let element) = node, element.line > 0, run.allSatisfy(Self.isBlank) {
                    runLine = location(element).line
                }
                run.append(node)
            }
        }
        flushRun(&run, line: runLine, into: &tree)
    }

    private static func isBlank(_ node: XMLNode) -> Bool {
        if case .text(let text) = node { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    private func flushRun(_ run: inout [XMLNode], line: Int, into tree: inout SectionTree) {
        defer { run.removeAll() }
        guard !run.allSatisfy(Self.isBlank) else { return }
        if let block = paragraph(run, at: SourceLocation(file: source, line: line)) { tree.add(block) }
    }

    /// A paragraph, or a figure when the paragraph holds nothing but one image.
    private func paragraph(_ nodes: [XMLNode], at location: SourceLocation) -> Block? {
        var builder = InlineBuilder(location: self.location)
        builder.add(nodes)
        let inlines = builder.finish()
        guard !inlines.isEmpty else { return nil }
        if inlines.count == 1, case .image(let image) = inlines[0] {
            return Block(.figure(Figure(images: [image], caption: image.alt)), at: location)
        }
        return Block(.paragraph(inlines), at: location)
    }

    func inlines(_ nodes: [XMLNode]) -> [Inline] {
        var builder = InlineBuilder(location: self.location)
        builder.add(nodes)
        return builder.finish()
    }

    private mutating func block(_ element: XMLElement, into tree: inout SectionTree, depth: Int) {
        let here = location(element)
        switch element.name {
        case "p", "summary":
            if let block = paragraph(element.children, at: here) { tree.add(block) }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(element.name.dropFirst())) ?? 1
            let heading = inlines(element.children)
            let id = slugger.unique(PlainText.of(heading))
            tree.startSection(level: level, heading: heading, id: id, at: here)
        case "ul", "ol":
            tree.add(Block(.list(list(element, depth: depth)), at: here))
        case "pre":
            tree.add(Block(.code(language: Self.language(of: element), text: Self.codeText(element)), at: here))
        case "blockquote":
            tree.add(Block(.quote(blocks(element.children, depth: depth + 1, line: here.line)), at: here))
        case "table":
            tree.add(Block(.table(table(element)), at: here))
        case "figure":
            figure(element, into: &tree, depth: depth)
        case "hr":
            tree.add(Block(.thematicBreak, at: here))
        case let name where Self.transparent.contains(name):
            flow(element.children, into: &tree, depth: depth + 1, line: here.line)
        default:
            tree.add(Block(.html(HTMLSerializer.html([.element(element)])), at: here))
        }
    }

    private mutating func list(_ element: XMLElement, depth: Int) -> List {
        let items = element.elements.filter { $0.name == "li" }
        let tight = !items.contains { item in item.elements.contains { $0.name == "p" } }
        let start = element.attribute("start").flatMap { Int($0) } ?? 1
        let converted = items.map { item in
            List.Item(blocks: blocks(item.children, depth: depth + 1, line: location(item).line))
        }
        return List(ordered: element.name == "ol", start: start, tight: tight, items: converted)
    }

    private mutating func figure(_ element: XMLElement, into tree: inout SectionTree, depth: Int) {
        let images = element.descendants.filter { $0.name == "img" }.compactMap {
            InlineBuilder.image($0, at: location($0))
        }
        guard !images.isEmpty else { return flow(element.children, into: &tree, depth: depth + 1, line: location(element).line) }
        let caption = element.descendants.first { $0.name == "figcaption" }.map { inlines($0.children) } ?? []
        tree.add(Block(.figure(Figure(images: images, caption: caption.isEmpty ? images[0].alt : caption)), at: location(element)))
    }
}
