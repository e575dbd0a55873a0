import SitegenCore

/// Inline conversion: placeholders back to math, attributes after images and links, spans, citations and
/// cross-references.
extension DocumentBuilder {
    /// Converts sibling inline nodes; `citations` is false inside link text, where `@` is just text.
    mutating func inlines(_ nodes: [MarkdownNode], citations: Bool = true) -> [Inline] {
        var pieces: [InlinePiece] = []
        pieces.reserveCapacity(nodes.count)
        var cursor = -1
        if let first = nodes.first { cursor = offset(of: first) }
        for node in nodes {
            appendPieces(for: node, to: &pieces, cursor: &cursor, citations: citations)
        }
        pieces = attachAttributes(pieces)
        if citations {
            pieces = bracketPass(pieces)
            pieces = narrativePass(pieces)
        }
        return Self.finish(pieces)
    }

    private mutating func appendPieces(
        for node: MarkdownNode, to pieces: inout [InlinePiece], cursor: inout Int, citations: Bool
    ) {
        switch node.kind {
        case .text:
            appendText(node, to: &pieces, cursor: &cursor)
            return
        case .softBreak: pieces.append(.inline(.softBreak))
        case .lineBreak: pieces.append(.inline(.lineBreak))
        case .code: pieces.append(.inline(.code(text(node))))
        case .htmlInline: pieces.append(.inline(.html(text(node))))
        case .emphasis: pieces.append(.inline(.emphasis(inlines(node.children, citations: citations))))
        case .strong: pieces.append(.inline(.strong(inlines(node.children, citations: citations))))
        case .strikethrough: pieces.append(.inline(.strikethrough(inlines(node.children, citations: citations))))
        case .link(let url, let title):
            let children = inlines(node.children, citations: false)
            pieces.append(.inline(.link(destination: prepared.restore(url), title: prepared.restore(title), children: children)))
        case .image(let url, let title):
            let image = Image(
                source: prepared.restore(url), title: prepared.restore(title),
                alt: inlines(node.children, citations: citations), location: location(of: node))
            pieces.append(.inline(.image(image)))
        case .footnoteReference:
            let number = Int(node.text) ?? 0
            let label = number >= 1 && number <= footnoteLabels.count ? footnoteLabels[number - 1] : node.text
            pieces.append(.inline(.footnoteReference(label)))
        default:
            pieces += inlines(node.children, citations: citations).map { .inline($0) }
        }
        // Text end positions are unreliable (the autolink extension splits text nodes but keeps the old end).
        if node.endLine > 0, node.endColumn > 0 {
            cursor = preparedLines.offset(line: node.endLine, byteColumn: node.endColumn) + 1
        }
    }

    /// A text node, split at math placeholders. Later lines of a multi-line span are dropped with the line
    /// break before them.
    private mutating func appendText(_ node: MarkdownNode, to pieces: inout [InlinePiece], cursor: inout Int) {
        let literal = node.literal
        let serial = nextNode
        nextNode += 1
        let start = sourceOffset(of: node, cursor: cursor)
        if start >= 0 { cursor = start + literal.count }
        let piece = TextPiece(literal: literal, node: serial, sourceOffset: start, range: 0..<literal.count)
        var segmentStart = 0
        var i = 0
        while i < literal.count {
            guard literal[i] == PreparedSource.tokenStart, let (index, next) = prepared.token(in: literal, at: i) else {
                i += 1
                continue
            }
            pieces.appendMerging(.text(piece.sub(segmentStart..<i)))
            let segment = prepared.segments[index]
            if segment.isFirst {
                let math = prepared.maths[segment.math]
                pieces.append(.inline(.math(tex: math.tex, display: math.display)))
                if math.display {
                    displayMath.append((math.tex, map.originalLocation(line: math.line, byteOffsetInLine: math.byteOffset)))
                }
            } else if case .inline(.softBreak)? = pieces.last {
                pieces.removeLast()
            }
            i = next
            segmentStart = next
        }
        pieces.appendMerging(.text(piece.sub(segmentStart..<literal.count)))
    }

    /// Where a text node starts in the prepared source: cmark's position when it has one (checked against the
    /// bytes), otherwise found by searching forward from the previous node's end (autolinks lose positions).
    private func sourceOffset(of node: MarkdownNode, cursor: Int) -> Int {
        let bytes = prepared.bytes
        guard let firstByte = node.literal.first else { return -1 }
        let known = offset(of: node)
        if known >= 0, known < bytes.count,
           bytes[known] == firstByte || bytes[known] == UInt8(ascii: "\\") || bytes[known] == UInt8(ascii: "&") {
            return known
        }
        guard cursor >= 0 else { return -1 }
        var i = cursor
        let limit = min(bytes.count - 1, cursor + 4096)
        while i <= limit {
            if Self.matches(node.literal, bytes, at: i) { return i }
            i += 1
        }
        return -1
    }

    /// Whether the first bytes of `literal` are written at `offset` of `source`, allowing backslash escapes.
    private static func matches(_ literal: [UInt8], _ source: [UInt8], at offset: Int) -> Bool {
        var i = offset
        for b in literal.prefix(12) {
            guard i < source.count else { return false }
            if source[i] == b {
                i += 1
            } else if source[i] == UInt8(ascii: "\\"), i + 1 < source.count, source[i + 1] == b {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    /// `![…](…){#fig-x width=50%}` gives the image attributes; `[…](…){.class}` wraps the link in a span.
    private mutating func attachAttributes(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var result: [InlinePiece] = []
        result.reserveCapacity(pieces.count)
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            if i + 1 < pieces.count, case .inline(.code(let code)) = piece, case .text(let next) = pieces[i + 1],
               let (format, length) = RawFormat.attribute(next.bytes) {
                // `` `<b>`{=html} `` is raw HTML; any other format is left out of HTML output, as pandoc does.
                if RawFormat.passesThrough(format) { result.append(.inline(.html(code))) }
                result.appendMerging(.text(next.sub((next.range.lowerBound + length)..<next.range.upperBound)))
                i += 2
                continue
            }
            guard i + 1 < pieces.count, case .inline(let inline) = piece, let owner = Self.attributeOwner(inline),
                  case .text(let next) = pieces[i + 1], next.bytes.first == UInt8(ascii: "{"),
                  case .found(let attributes, let endPiece, let endOffset) = attributeBlock(
                    in: pieces, piece: i + 1, at: next.range.lowerBound, after: owner)
            else {
                result.append(piece)
                i += 1
                continue
            }
            if case .image(var image) = inline {
                image.attributes = attributes
                result.append(.inline(.image(image)))
            } else {
                result.append(.span(attributes, [piece]))
            }
            if case .text(let last) = pieces[endPiece] {
                result.appendMerging(.text(last.sub(endOffset..<last.range.upperBound)))
            }
            i = endPiece + 1
        }
        return result
    }

    /// What an attribute block after `inline` belongs to, for diagnostics; nil when it takes none.
    private static func attributeOwner(_ inline: Inline) -> String? {
        switch inline {
        case .image(let image): return "image \(image.source)"
        case .link: return "a link"
        default: return nil
        }
    }

    /// Pieces to inlines, joining neighbouring text.
    static func finish(_ pieces: [InlinePiece]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(pieces.count)
        var pending: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .text(let text):
                pending += text.bytes
            case .inline(.text(let text)):
                pending += text.utf8
            case .inline(let inline):
                flush(&pending, into: &result)
                result.append(inline)
            case .span(let attributes, let children):
                flush(&pending, into: &result)
                result.append(.span(attributes, finish(children)))
            }
        }
        flush(&pending, into: &result)
        return result
    }

    private static func flush(_ pending: inout [UInt8], into result: inout [Inline]) {
        guard !pending.isEmpty else { return }
        result.append(.text(String(decoding: pending, as: UTF8.self)))
        pending.removeAll(keepingCapacity: true)
    }
}
