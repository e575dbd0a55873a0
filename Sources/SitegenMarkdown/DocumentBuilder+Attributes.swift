import SitegenCore

/// Attribute blocks after images, links and bracketed spans. As in pandoc they may wrap onto the following
/// lines of their paragraph, so a block is read across text pieces and soft breaks; one that never closes, or
/// cannot be read, is reported where it opens rather than left in the text without a word.
extension DocumentBuilder {
    /// The outcome of reading an attribute block.
    enum AttributeBlock {
        /// Well formed; it ends just before byte `offset` of text piece `piece` (where it started or later).
        case found(Attributes, piece: Int, offset: Int)
        /// Not an attribute block, or a broken one (already reported): the text stays as it is.
        case absent
    }

    /// A wrapped block is not looked for further than this, bounding the work on hostile input.
    static let maximumAttributeBytes = 1024

    /// Reads the attribute block whose `{` is byte `offset` of text piece `pieces[index]`; `owner` names what
    /// it follows, for a diagnostic ("image p.png", "a link", "a span").
    mutating func attributeBlock(
        in pieces: [InlinePiece], piece index: Int, at offset: Int, after owner: String
    ) -> AttributeBlock {
        guard index < pieces.count, case .text(let first) = pieces[index] else { return .absent }
        let literal = first.literal
        let end = first.range.upperBound
        switch AttributeParser.read(literal, from: offset, end: end) {
        case .parsed(let attributes, let next):
            return .found(attributes, piece: index, offset: next)
        case .invalid:
            if AttributeParser.looksLikeStart(literal, at: offset) {
                reportBrokenAttributes(Array(literal[offset..<min(end, offset + 256)]), after: owner, piece: first, at: offset)
            }
            return .absent
        case .incomplete:
            guard AttributeParser.looksLikeStart(literal, at: offset) else { return .absent }
            return wrappedAttributeBlock(in: pieces, piece: index, at: offset, after: owner)
        }
    }

    /// An attribute block that reached the end of its text piece well formed: it goes on over the following
    /// soft breaks and text, up to the first piece holding a `}`.
    private mutating func wrappedAttributeBlock(
        in pieces: [InlinePiece], piece index: Int, at offset: Int, after owner: String
    ) -> AttributeBlock {
        guard case .text(let first) = pieces[index] else { return .absent }
        var text = Array(first.literal[offset..<first.range.upperBound])
        // Where each piece's bytes start in `text`; a soft break stands there as one newline.
        var starts: [(piece: Int, literalStart: Int, textStart: Int)] = [(index, offset, 0)]
        var next = index + 1
        collect: while next < pieces.count, text.count < Self.maximumAttributeBytes {
            switch pieces[next] {
            case .inline(.softBreak):
                starts.append((next, -1, text.count))
                text.append(0x0A)
            case .text(let piece):
                starts.append((next, piece.range.lowerBound, text.count))
                text += piece.bytes
                if piece.bytes.contains(UInt8(ascii: "}")) { break collect }
            default:
                break collect
            }
            next += 1
        }
        if case .parsed(let attributes, let end) = AttributeParser.read(text, from: 0),
           let close = starts.last(where: { $0.textStart < end }), close.literalStart >= 0 {
            return .found(attributes, piece: close.piece, offset: close.literalStart + end - close.textStart)
        }
        reportBrokenAttributes(text, after: owner, piece: first, at: offset)
        return .absent
    }

    /// Where an attribute block right after byte `i` of text piece `pieces[index]` would start: the next byte,
    /// or the start of the next text piece when `i` ends this one (cmark splits text at brackets).
    static func attributeStart(in pieces: [InlinePiece], piece index: Int, after i: Int) -> (piece: Int, offset: Int)? {
        guard case .text(let text) = pieces[index] else { return nil }
        if i + 1 < text.range.upperBound {
            return text.literal[i + 1] == UInt8(ascii: "{") ? (index, i + 1) : nil
        }
        guard index + 1 < pieces.count, case .text(let next) = pieces[index + 1],
              next.bytes.first == UInt8(ascii: "{") else { return nil }
        return (index + 1, next.range.lowerBound)
    }

    /// Reports a block that looked like attributes but did not read as such (see
    /// `AttributeParser.brokenBlockDiagnostic`).
    private mutating func reportBrokenAttributes(_ text: [UInt8], after owner: String, piece: TextPiece, at offset: Int) {
        let location = textLocation(piece, index: offset)
        diagnostics.append(AttributeParser.brokenBlockDiagnostic(text[...], context: "after " + owner, at: location))
    }

    /// Reports `Title {#sec-x` – a trailing attribute block of a heading or caption, well formed up to the end
    /// of the text but never closed – which would otherwise stay in the text without a word.
    mutating func reportUnclosedTrailingAttributes(_ inlines: [Inline], of owner: String, at location: SourceLocation) {
        guard case .text(let text)? = inlines.last else { return }
        let bytes = Array(text.utf8)
        guard let open = bytes.lastIndex(of: UInt8(ascii: "{")), AttributeParser.looksLikeStart(bytes, at: open),
              case .incomplete = AttributeParser.read(bytes, from: open) else { return }
        diagnostics.append(AttributeParser.brokenBlockDiagnostic(bytes[open...], context: "of " + owner, at: location))
    }
}
