import SitegenCore

/// A stretch of a cmark text node's literal, remembering where the node starts in the prepared source so any
/// byte can be traced back to a line and column (through escapes and entities) when it turns out to matter.
struct TextPiece: Sendable {
    /// The whole literal of the node (shared, copy-on-write).
    var literal: [UInt8]
    /// A serial number of the node, unique within one parse.
    var node: Int
    /// Offset of the node's first source byte in the prepared text; -1 when unknown.
    var sourceOffset: Int
    /// The part of `literal` this piece covers.
    var range: Range<Int>

    /// The covered bytes.
    var bytes: ArraySlice<UInt8> { literal[range] }

    /// The same node, another range.
    func sub(_ range: Range<Int>) -> TextPiece {
        TextPiece(literal: literal, node: node, sourceOffset: sourceOffset, range: range)
    }

    /// True when `next` continues this piece directly in the same node.
    func isContinued(by next: TextPiece) -> Bool {
        node == next.node && range.upperBound == next.range.lowerBound
    }
}

/// Inline content while the research extensions are applied: text still open to rescanning, finished inlines,
/// and spans whose children are still pieces.
enum InlinePiece: Sendable {
    case text(TextPiece)
    case inline(Inline)
    case span(Attributes, [InlinePiece])
}

extension Array where Element == InlinePiece {
    /// Appends `piece`, joining it to a preceding text piece it continues.
    mutating func appendMerging(_ piece: InlinePiece) {
        if case .text(let next) = piece, next.range.isEmpty { return }
        if case .text(let next) = piece, case .text(let previous)? = last, previous.isContinued(by: next) {
            self[count - 1] = .text(previous.sub(previous.range.lowerBound..<next.range.upperBound))
            return
        }
        append(piece)
    }

    /// Appends several pieces with `appendMerging`.
    mutating func appendMerging(contentsOf pieces: [InlinePiece]) {
        for piece in pieces { appendMerging(piece) }
    }
}
