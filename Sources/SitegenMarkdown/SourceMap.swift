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
    /// Per line with edits: the total length change of the edits before each one, for a binary search.
    private let shiftsBefore: [Int: [Int]]
    private let scalars: ScalarIndex

    init(path: String, original: [UInt8], originalLines: LineTable, edits: [Int: [ColumnEdit]]) {
        self.path = path
        self.original = original
        self.originalLines = originalLines
        self.edits = edits
        shiftsBefore = edits.mapValues { lineEdits in
            var running = 0
            return lineEdits.map { edit in
                defer { running += edit.newLength - edit.originalLength }
                return running
            }
        }
        scalars = ScalarIndex(original)
    }

    /// The location in the original file of a 1-based line and byte column of the prepared text.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= originalLines.lineCount else { return SourceLocation(file: path) }
        guard byteColumn >= 1 else { return SourceLocation(file: path, line: line) }
        let originalColumn = originalByteColumn(line: line, column: byteColumn - 1)
        let lineStart = originalLines.start(ofLine: line)
        let lineEnd = originalLines.end(ofLine: line, in: original)
        let offset = min(lineStart + originalColumn, lineEnd)
        let column = scalars.column(of: offset, lineStart: lineStart, in: original)
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The location of a 1-based line and 0-based byte column of the *original* text.
    func originalLocation(line: Int, byteOffsetInLine: Int) -> SourceLocation {
        guard line >= 1, line <= originalLines.lineCount else { return SourceLocation(file: path) }
        let lineStart = originalLines.start(ofLine: line)
        let column = scalars.column(of: lineStart + byteOffsetInLine, lineStart: lineStart, in: original)
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The original byte column of a prepared one: the last edit starting at or before it (binary search) says
    /// whether it falls inside a replacement (then the replacement's start) or after it (then shifted back).
    private func originalByteColumn(line: Int, column: Int) -> Int {
        guard let lineEdits = edits[line], let shifts = shiftsBefore[line], !lineEdits.isEmpty else { return column }
        var low = 0, high = lineEdits.count - 1, found = -1
        while low <= high {
            let mid = (low + high) / 2
            if lineEdits[mid].column <= column {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        guard found >= 0 else { return column }
        let edit = lineEdits[found]
        if column >= edit.column + edit.newLength { return column - shifts[found] - (edit.newLength - edit.originalLength) }
        return edit.column - shifts[found]
    }
}
