/// The byte offsets where each line of a UTF-8 buffer starts, for turning offsets into 1-based lines and
/// columns without walking Swift `String` indices.
struct LineTable: Sendable {
    /// `starts[k]` is the offset of line `k + 1`.
    private(set) var starts: [Int]
    /// The buffer's length in bytes.
    let count: Int

    /// Indexes the lines of `bytes` (`\n`, `\r\n` and lone `\r` end a line, as in CommonMark).
    init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.starts = starts
        self.count = n
    }

    /// The number of lines (a trailing newline opens an empty last line).
    var lineCount: Int { starts.count }

    /// The offset where 1-based `line` starts, clamped to the buffer.
    func start(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= starts.count else { return count }
        return starts[line - 1]
    }

    /// The offset just past the content of 1-based `line` (before its line ending).
    func end(ofLine line: Int, in bytes: [UInt8]) -> Int {
        var end = line < starts.count ? starts[line] : count
        if end > start(ofLine: line), end - 1 < bytes.count, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start(ofLine: line), end - 1 < bytes.count, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The 1-based line containing `offset` (binary search).
    func line(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The byte offset of a 1-based line and 1-based byte column, clamped to the buffer.
    func offset(line: Int, byteColumn: Int) -> Int {
        min(count, start(ofLine: line) + max(0, byteColumn - 1))
    }
}

extension LineTable {
    /// The 1-based column, counted in Unicode scalars, of `offset` within its line of `bytes`.
    static func scalarColumn(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        var i = lineStart
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
