import SitegenCore

/// Maps positions in the prepared text that cmark saw back to the user's file: same line numbers (the
/// preprocessor never adds or removes lines), byte columns shifted by placeholder edits, then counted in
/// Unicode scalars of the original line.
struct SourceMap: Sendable {
    /// The file path for locations.
    let path: String
    /// The original file's bytes.
    let original: [UInt8]
    /// Lines of the original.
    let originalLines: LineTable
    /// Placeholder edits per 1-based line, sorted by column.
    let edits: [Int: [ColumnEdit]]

    /// The location in the original file of a 1-based line and byte column of the prepared text.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= originalLines.lineCount else { return SourceLocation(file: path) }
        guard byteColumn >= 1 else { return SourceLocation(file: path, line: line) }
        let originalColumn = originalByteColumn(line: line, column: byteColumn - 1)
        let lineStart = originalLines.start(ofLine: line)
        let lineEnd = originalLines.end(ofLine: line, in: original)
        let offset = min(lineStart + originalColumn, lineEnd)
        let column = LineTable.scalarColumn(of: offset, lineStart: lineStart, in: original)
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The location of a 1-based line and 0-based byte column of the *original* text.
    func originalLocation(line: Int, byteOffsetInLine: Int) -> SourceLocation {
        guard line >= 1, line <= originalLines.lineCount else { return SourceLocation(file: path) }
        let lineStart = originalLines.start(ofLine: line)
        let column = LineTable.scalarColumn(of: lineStart + byteOffsetInLine, lineStart: lineStart, in: original)
        return SourceLocation(file: path, line: line, column: column)
    }

    private func originalByteColumn(line: Int, column: Int) -> Int {
        guard let lineEdits = edits[line] else { return column }
        var delta = 0
        for edit in lineEdits {
            if column >= edit.column + edit.newLength {
                delta += edit.newLength - edit.originalLength
            } else if column >= edit.column {
                return edit.column - delta
            } else {
                break
            }
        }
        return column - delta
    }
}
