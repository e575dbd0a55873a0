import SitegenCore

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
