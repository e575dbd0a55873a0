import SitegenCore

/// Spans, citations and cross-references, found in text after cmark has parsed the inlines, so code spans,
/// math and link destinations are never scanned.
extension DocumentBuilder {
    private struct Frame {
        var pieces: [InlinePiece] = []
        /// The opening `[` (or `^[` for an inline note).
        var open: TextPiece?
        /// Pandoc's inline footnote `^[…]`.
        var isNote = false
    }

    /// Deeper bracket nesting is left as text, bounding the work on hostile input.
    private static let maximumBracketDepth = 32

    /// Matches brackets across text pieces: `[…]{attrs}` becomes a span, `[@key …]` a citation or
    /// cross-reference; anything else stays text.
    mutating func bracketPass(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var stack = [Frame()]
        var index = 0
        var resume: Int?
        while index < pieces.count {
            guard case .text(let text) = pieces[index] else {
                stack[stack.count - 1].pieces.append(pieces[index])
                index += 1
                continue
            }
            let literal = text.literal
            var segmentStart = resume ?? text.range.lowerBound
            resume = nil
            var i = segmentStart
            var jump: (piece: Int, offset: Int)?
            while i < text.range.upperBound {
                let b = literal[i]
                if b == UInt8(ascii: "["), stack.count <= Self.maximumBracketDepth {
                    let isNote = i > segmentStart && literal[i - 1] == UInt8(ascii: "^")
                        && aligner.locate(text, index: i - 1)?.escaped != true
                    let openStart = isNote ? i - 1 : i
                    stack[stack.count - 1].pieces.appendMerging(.text(text.sub(segmentStart..<openStart)))
                    stack.append(Frame(open: text.sub(openStart..<(i + 1)), isNote: isNote))
                    segmentStart = i + 1
                } else if b == UInt8(ascii: "]"), stack.count > 1 {
                    stack[stack.count - 1].pieces.appendMerging(.text(text.sub(segmentStart..<i)))
                    let (replacement, next) = close(stack.removeLast(), in: pieces, piece: index, at: i)
                    stack[stack.count - 1].pieces.appendMerging(contentsOf: replacement)
                    if next.piece != index {
                        // The span's attributes went on into later pieces; carry on after them.
                        jump = next
                        break
                    }
                    segmentStart = next.offset
                    i = next.offset
                    continue
                }
                i += 1
            }
            if let jump {
                index = jump.piece
                resume = jump.offset
                continue
            }
            stack[stack.count - 1].pieces.appendMerging(.text(text.sub(segmentStart..<text.range.upperBound)))
            index += 1
        }
        while stack.count > 1 {
            let frame = stack.removeLast()
            stack[stack.count - 1].pieces.appendMerging(contentsOf: literalPieces(frame, close: nil))
        }
        return stack[0].pieces
    }

    /// What a bracket frame closed by the `]` at byte `i` of text piece `pieces[index]` becomes (a note, a span,
    /// a citation, or text again), and where scanning resumes (a later piece when attributes wrapped).
    private mutating func close(
        _ frame: Frame, in pieces: [InlinePiece], piece index: Int, at i: Int
    ) -> ([InlinePiece], (piece: Int, offset: Int)) {
        guard case .text(let text) = pieces[index] else { return (literalPieces(frame, close: nil), (index, i + 1)) }
        if frame.isNote, let open = frame.open {
            return ([inlineNote(frame.pieces, open: open)], (index, i + 1))
        }
        if let start = Self.attributeStart(in: pieces, piece: index, after: i),
           case .found(let attributes, let piece, let offset) = attributeBlock(
            in: pieces, piece: start.piece, at: start.offset, after: "a span") {
            return ([.span(attributes, frame.pieces)], (piece, offset))
        }
        let close = text.sub(i..<(i + 1))
        return (bracketCitation(frame, close: close) ?? literalPieces(frame, close: close), (index, i + 1))
    }

    /// `^[…]` becomes a footnote of its own, referenced where it stood.
    private mutating func inlineNote(_ pieces: [InlinePiece], open: TextPiece) -> InlinePiece {
        let at = textLocation(open, index: open.range.lowerBound)
        let inlines = Self.finish(narrativePass(pieces))
        let label = "^\(inlineNotes.count + 1)"
        inlineNotes.append(Footnote(label: label, blocks: [Block(.paragraph(inlines), at: at)], location: at))
        return .inline(.footnoteReference(label))
    }

    private func literalPieces(_ frame: Frame, close: TextPiece?) -> [InlinePiece] {
        var result: [InlinePiece] = []
        if let open = frame.open { result.appendMerging(.text(open)) }
        result.appendMerging(contentsOf: frame.pieces)
        if let close { result.appendMerging(.text(close)) }
        return result
    }

    /// `[see @a, p. 3; -@b]` as a citation; `[-@fig-x]` and `[Figure @fig-x]` as cross-references.
    private mutating func bracketCitation(_ frame: Frame, close: TextPiece) -> [InlinePiece]? {
        guard frame.pieces.count == 1, case .text(let content) = frame.pieces[0], let open = frame.open,
              let items = CitationSyntax.bracketItems(content.bytes) else { return nil }
        if aligner.locate(open, index: open.range.lowerBound)?.escaped == true { return nil }
        let start = textLocation(open, index: open.range.lowerBound)
        var result: [InlinePiece] = []
        var pending: [Citation.Item] = []
        func flushCitation() {
            guard !pending.isEmpty else { return }
            if !result.isEmpty { result.append(.inline(.text("; "))) }
            result.append(.inline(.citation(Citation(items: pending, location: start))))
            pending = []
        }
        for item in items {
            guard let located = aligner.locate(content, index: item.at), !located.escaped else { return nil }
            let at = location(ofOffset: located.offset)
            if let reference = CitationSyntax.crossReference(
                key: item.key, location: at, suppressPrefix: item.suppressAuthor,
                customPrefix: item.prefix.isEmpty ? nil : item.prefix) {
                flushCitation()
                if !result.isEmpty { result.append(.inline(.text("; "))) }
                result.append(.inline(.crossReference(reference)))
                if !item.suffix.isEmpty { result.append(.inline(.text(Self.joinSuffix(item.suffix)))) }
            } else {
                pending.append(Citation.Item(
                    key: item.key, prefix: item.prefix, suffix: item.suffix,
                    mode: item.suppressAuthor ? .suppressAuthor : .normal, location: at))
            }
        }
        flushCitation()
        return result
    }

    private static func joinSuffix(_ suffix: String) -> String {
        suffix.first.map { $0.isPunctuation } == true ? suffix : " " + suffix
    }

    /// Finds `@key` (narrative citations, `@key [p. 4]` with a locator) and `@fig-x` cross-references in text.
    mutating func narrativePass(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var result: [InlinePiece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            switch piece {
            case .text(let text): result += narrative(text)
            case .span(let attributes, let children): result.append(.span(attributes, narrativePass(children)))
            case .inline: result.append(piece)
            }
        }
        return result
    }

    private mutating func narrative(_ text: TextPiece) -> [InlinePiece] {
        let literal = text.literal
        let range = text.range
        guard literal[range].contains(UInt8(ascii: "@")) else { return [.text(text)] }
        var result: [InlinePiece] = []
        var segmentStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            guard literal[i] == UInt8(ascii: "@"),
                  CitationSyntax.canPrecedeNarrative(i > range.lowerBound ? literal[i - 1] : nil) else {
                i += 1
                continue
            }
            let end = CitationSyntax.keyEnd(literal[range], from: i + 1)
            guard end > i + 1, aligner.locate(text, index: i)?.escaped != true else {
                i += 1
                continue
            }
            let at = textLocation(text, index: i)
            let key = CitationSyntax.string(literal[(i + 1)..<end])
            result.appendMerging(.text(text.sub(segmentStart..<i)))
            var next = end
            if let reference = CitationSyntax.crossReference(key: key, location: at) {
                result.append(.inline(.crossReference(reference)))
            } else {
                var suffix = ""
                if let (locator, after) = Self.locator(literal, from: end, limit: range.upperBound) {
                    suffix = locator
                    next = after
                }
                let item = Citation.Item(key: key, suffix: suffix, mode: .narrative, location: at)
                result.append(.inline(.citation(Citation(items: [item], location: at))))
            }
            segmentStart = next
            i = next
        }
        result.appendMerging(.text(text.sub(segmentStart..<range.upperBound)))
        return result
    }

    /// ` [p. 4]` right after a narrative citation: the locator text and the offset after `]`.
    private static func locator(_ literal: [UInt8], from start: Int, limit: Int) -> (String, Int)? {
        guard start + 2 < limit, literal[start] == 0x20, literal[start + 1] == UInt8(ascii: "[") else { return nil }
        var i = start + 2
        while i < limit, i - start < 200 {
            let b = literal[i]
            if b == UInt8(ascii: "]") {
                let text = CitationSyntax.trimmed(literal[(start + 2)..<i])
                return text.isEmpty ? nil : (text, i + 1)
            }
            if b == UInt8(ascii: "@") || b == UInt8(ascii: "[") { return nil }
            i += 1
        }
        return nil
    }

    /// The file location of a byte of a text piece, falling back to the current block.
    mutating func textLocation(_ piece: TextPiece, index: Int) -> SourceLocation {
        guard let (offset, _) = aligner.locate(piece, index: index) else { return currentBlock }
        return location(ofOffset: offset)
    }
}
