import SitegenCore

/// Turns the cmark tree of a prepared file into a `Document`: blocks and inlines with locations in the user's
/// file, sections from headings, and the research extensions (math, figures, fenced divs, callouts, spans,
/// citations, cross-references, attributes).
struct DocumentBuilder {
    let prepared: PreparedSource
    let map: SourceMap
    let preparedLines: LineTable
    let path: String
    var aligner: TextAligner
    var slugger = Slugger()
    var diagnostics: [Diagnostic] = []
    /// Footnote labels by number (cmark numbers footnotes in order of first reference).
    var footnoteLabels: [String] = []
    /// Serial numbers for text nodes.
    var nextNode = 0
    /// Display math met so far, with its location, for equations split out of paragraphs.
    var displayMath: [(tex: String, location: SourceLocation)] = []
    /// Pandoc inline notes `^[…]`, labelled `^1`, `^2`, …
    var inlineNotes: [Footnote] = []
    /// The block being converted, for inline positions cmark does not give.
    var currentBlock: SourceLocation

    init(prepared: PreparedSource, map: SourceMap, path: String) {
        self.prepared = prepared
        self.map = map
        self.preparedLines = LineTable(prepared.bytes)
        self.path = path
        self.aligner = TextAligner(source: prepared.bytes)
        self.currentBlock = SourceLocation(file: path)
    }

    /// Builds the document from the cmark root.
    mutating func build(_ root: MarkdownNode, id: String, metadata: Metadata, bodyStartLine: Int) -> Document {
        reserveExplicitIDs(root)
        let definitions = root.children.filter { $0.kind == .footnoteDefinition }
        footnoteLabels = definitions.enumerated().map { footnoteLabel($1, number: $0 + 1) }
        let body = root.children.filter { $0.kind != .footnoteDefinition }
        let blocks = blocks(body)
        let rootLocation = SourceLocation(file: path, line: bodyStartLine, column: 1)
        let section = SectionTree.build(blocks, rootLocation: rootLocation)
        let footnotes = zip(definitions, footnoteLabels).map { node, label in
            Footnote(label: label, blocks: self.blocks(node.children), location: location(of: node))
        }
        var document = Document(
            id: id, origin: .file(path: path), metadata: metadata, root: section, footnotes: footnotes + inlineNotes)
        if !inlineNotes.isEmpty { document.footnotes = Self.inReferenceOrder(document) }
        return document
    }

    /// Footnotes in order of first reference (cmark orders its own notes; inline notes must join them).
    private static func inReferenceOrder(_ document: Document) -> [Footnote] {
        var order: [String] = []
        var seen = Set<String>()
        DocumentWalk.forEachInline(in: document) { inline in
            if case .footnoteReference(let label) = inline, seen.insert(label).inserted { order.append(label) }
        }
        var byLabel: [String: Footnote] = [:]
        for footnote in document.footnotes where byLabel[footnote.label] == nil { byLabel[footnote.label] = footnote }
        let unreferenced = document.footnotes.filter { !seen.contains($0.label) }
        return order.compactMap { byLabel[$0] } + unreferenced
    }

    /// The location in the user's file where `node` starts.
    func location(of node: MarkdownNode) -> SourceLocation {
        map.location(line: node.line, byteColumn: node.column)
    }

    /// The location of a prepared-source byte offset.
    func location(ofOffset offset: Int) -> SourceLocation {
        let line = preparedLines.line(containing: offset)
        return map.location(line: line, byteColumn: offset - preparedLines.start(ofLine: line) + 1)
    }

    /// The prepared-source offset where a node starts, or -1.
    func offset(of node: MarkdownNode) -> Int {
        guard node.line > 0, node.column > 0 else { return -1 }
        return preparedLines.offset(line: node.line, byteColumn: node.column)
    }

    /// cmark-gfm does not expose a definition's label; it is the `[^label]:` before the content on its first line.
    private func footnoteLabel(_ node: MarkdownNode, number: Int) -> String {
        let bytes = prepared.bytes
        let lineStart = preparedLines.start(ofLine: node.line)
        let limit = min(offset(of: node), bytes.count)
        var i = limit - 1
        while i > lineStart {
            if bytes[i] == UInt8(ascii: "]"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ":") {
                var open = i - 1
                while open > lineStart, bytes[open] != UInt8(ascii: "^") { open -= 1 }
                if bytes[open] == UInt8(ascii: "^") { return String(decoding: bytes[(open + 1)..<i], as: UTF8.self) }
            }
            i -= 1
        }
        return String(number)
    }

    /// Explicit `{#id}`s on headings and fenced divs are kept as written, so automatic slugs must avoid them.
    private mutating func reserveExplicitIDs(_ root: MarkdownNode) {
        for div in prepared.divs {
            if let id = div.attributes.id { _ = slugger.reserve(id) }
        }
        var stack = [root]
        var visited = 0
        while let node = stack.popLast(), visited < 1_000_000 {
            visited += 1
            if case .heading = node.kind {
                if let last = node.children.last, last.kind == .text,
                   let (attributes, _) = AttributeParser.trailing(last.literal, in: 0..<last.literal.count),
                   let id = attributes.id {
                    _ = slugger.reserve(id)
                }
            } else {
                stack += node.children
            }
        }
    }
}
