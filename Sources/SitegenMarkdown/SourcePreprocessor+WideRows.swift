import SitegenCore

/// Pipe-table rows wider than `maxTableCells`: cmark-gfm's table extension builds each row's cells with a list
/// append that walks the whole list, so one row of n cells costs n² steps (20,000 cells: seconds). A line with more
/// unescaped `|` than a row of `maxTableCells` cells needs (`maxTableCells + 1`, with the outer pipes) gets the
/// extra ones escaped (`\|`) before cmark sees it, so cmark never splits it into more cells than that: a header or
/// delimiter row that wide no longer matches its partner and the table stays paragraph text, whose `\|` shows as
/// `|`. Nothing is dropped, and a warning names the line and column of the first escaped `|`.
extension SourcePreprocessor {
    /// The most cells a table row may have.
    static let maxTableCells = 1_000

    /// Offsets of the unescaped `|` of `range` past the first `maxTableCells + 1`, or nil when there are no more.
    func excessPipes(_ range: Range<Int>) -> [Int]? {
        var pipes = 0
        var excess: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = src[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > Self.maxTableCells + 1 { excess.append(index) }
            }
            index += 1
        }
        return excess.isEmpty ? nil : excess
    }

    /// Copies `line` with a backslash before each of `excess`, recording the insertions so locations stay true.
    mutating func emitEscapingPipes(_ excess: [Int], line: Int, start: Int, next: Int) {
        var from = start
        var lineEdits: [ColumnEdit] = []
        lineEdits.reserveCapacity(excess.count)
        for pipe in excess {
            copy(from..<pipe)
            lineEdits.append(ColumnEdit(column: pipe - start + lineEdits.count, originalLength: 0, newLength: 1))
            out.append(UInt8(ascii: "\\"))
            from = pipe
        }
        copy(from..<next)
        edits[line, default: []] += lineEdits
        let location = SourceLocation(
            file: path, line: line, column: LineTable.scalarColumn(of: excess[0], lineStart: start, in: src))
        diagnostics.append(Diagnostic(
            .warning,
            "a table row may have at most \(Self.maxTableCells) cells; this line has \(Self.maxTableCells + 1 + excess.count) "
                + "`|`, and those past the limit are kept as text (a header or delimiter row this wide leaves the whole "
                + "table as text)",
            at: location, rule: "table-too-wide",
            hint: "split the table, or publish the data as a CSV file and link to it"))
    }
}
