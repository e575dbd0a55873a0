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
