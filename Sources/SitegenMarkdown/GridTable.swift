import SitegenCore

/// A pandoc grid table found by the preprocessor:
///
/// ```
/// +---------+------------------+
/// | Fruit   | Advantages       |
/// +=========+==================+
/// | Bananas | - built-in wrap  |
/// |         | - bright color   |
/// +---------+------------------+
/// ```
///
/// Column boundaries are the `+` of the top border; rows are separated by border lines, the header by a
/// `+===+` line (a table without one has no header); colons in that line (or the top border of a headerless
/// table) give the alignment. Each cell keeps its Markdown lines and the file line it starts on, and is
/// parsed on its own. Spanning cells are not grid tables in pandoc 2.17 and are not read here either.
struct GridTable: Sendable {
    /// One cell: its Markdown (the cell's lines, common indentation removed) and its first file line.
    struct Cell: Sendable {
        var text: String
        var line: Int
    }

    /// The 1-based line of the top border.
    var line: Int
    /// One alignment per column.
    var alignments: [Table.Alignment]
    /// The header row, when the table has one.
    var header: [Cell]?
    /// The body rows.
    var rows: [[Cell]]

    /// Cells larger than this many lines are cut, bounding the work per cell.
    static let maximumCellLines = 200

    /// Reads the grid table whose lines are `lines` (text after the container prefix), the first on file line
    /// `firstLine`; nil unless every line fits the top border's columns and the table ends with a border.
    static func read(_ lines: [String], firstLine: Int) -> GridTable? {
        guard lines.count >= 3, let top = lines.first.map(Array.init), let boundaries = borderColumns(top) else { return nil }
        var alignments = alignmentsOf(top, boundaries)
        var header: [Cell]?
        var rows: [[Cell]] = []
        var pending: [[String]] = Array(repeating: [], count: boundaries.count - 1)
        var pendingLine = firstLine + 1
        for (offset, text) in lines.enumerated().dropFirst() {
            let chars = Array(text)
            if let border = borderColumns(chars) {
                guard border == boundaries, pending.contains(where: { !$0.isEmpty }) else { return nil }
                let row = pending.map { Cell(text: dedent($0), line: pendingLine) }
                if chars.contains("="), header == nil, rows.isEmpty {
                    header = row
                    alignments = alignmentsOf(chars, boundaries)
                } else {
                    rows.append(row)
                }
                pending = Array(repeating: [], count: boundaries.count - 1)
                pendingLine = firstLine + offset + 1
                continue
            }
            guard chars.count >= boundaries.last! + 1, boundaries.allSatisfy({ chars[$0] == "|" }),
                  chars[(boundaries.last! + 1)...].allSatisfy(\.isWhitespace) else { return nil }
            for column in 0..<(boundaries.count - 1) where pending[column].count < maximumCellLines {
                pending[column].append(String(chars[(boundaries[column] + 1)..<boundaries[column + 1]]))
            }
        }
        guard pending.allSatisfy(\.isEmpty), let last = lines.last.map(Array.init), borderColumns(last) != nil else { return nil }
        return GridTable(line: firstLine, alignments: alignments, header: header, rows: rows)
    }

    /// Whether `content` could open a grid table: `+-` then `-`, `=`, `:` and `+` only, ending in `+`.
    static func isBorder(_ content: ArraySlice<UInt8>) -> Bool {
        var end = content.endIndex
        while end > content.startIndex, content[end - 1] == 0x20 || content[end - 1] == 0x09 || content[end - 1] == 0x0D { end -= 1 }
        let line = content[content.startIndex..<end]
        guard line.count >= 3, line.first == UInt8(ascii: "+"), line.last == UInt8(ascii: "+"),
              line.dropFirst().first == UInt8(ascii: "-") || line.dropFirst().first == UInt8(ascii: ":") else { return false }
        return line.allSatisfy { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }
    }

    /// The columns of the `+` of a border line, or nil when the line is not a border.
    private static func borderColumns(_ chars: [Character]) -> [Int]? {
        var end = chars.count
        while end > 0, chars[end - 1].isWhitespace { end -= 1 }
        guard end >= 3, chars[0] == "+", chars[end - 1] == "+" else { return nil }
        var columns: [Int] = []
        for (i, c) in chars[0..<end].enumerated() {
            if c == "+" {
                columns.append(i)
            } else if c != "-" && c != "=" && c != ":" {
                return nil
            }
        }
        guard columns.count >= 2, zip(columns, columns.dropFirst()).allSatisfy({ $1 > $0 + 1 }) else { return nil }
        return columns
    }

    private static func alignmentsOf(_ border: [Character], _ boundaries: [Int]) -> [Table.Alignment] {
        zip(boundaries, boundaries.dropFirst()).map { start, end in
            let left = border[start + 1] == ":"
            let right = border[end - 1] == ":"
            switch (left, right) {
            case (true, true): return .center
            case (true, false): return .left
            case (false, true): return .right
            default: return .none
            }
        }
    }

    /// The cell's lines with trailing space and their common indentation removed, blank edges dropped.
    private static func dedent(_ lines: [String]) -> String {
        var trimmed = lines.map { line -> Substring in
            var s = Substring(line)
            while s.last?.isWhitespace == true { s = s.dropLast() }
            return s
        }
        while trimmed.first?.isEmpty == true { trimmed.removeFirst() }
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        let indent = trimmed.filter { !$0.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
        return trimmed.map { $0.isEmpty ? "" : String($0.dropFirst(indent)) }.joined(separator: "\n")
    }
}
