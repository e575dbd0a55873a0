import SitegenCore

/// Math detection follows pandoc's `tex_math_dollars`: an opening `$` must not be followed by whitespace, a
/// closing `$` must not be preceded by whitespace nor followed by a digit (so `$5 and $6` is not math);
/// `$$…$$` is display math; neither leaves its block (a blank line, a new list item, a heading, a table row
/// all end it); a `$` inside a code span never opens or closes math.
extension SourcePreprocessor {
    /// Scans the pending run of non-blank lines `[chunkStart, end)` for math, one block at a time, and
    /// appends it to the output.
    mutating func flush(_ chunkStart: inout Int?, upTo end: Int) {
        guard let start = chunkStart else { return }
        chunkStart = nil
        guard scansMath else {
            copy(start..<end)
            return
        }
        if !needsBlockStarts, end > start, lines.line(containing: end - 1) > lines.line(containing: start),
           src[start..<end].contains(UInt8(ascii: "$")) {
            needsBlockStarts = true
        }
        var blockStart = start
        var k = ChunkScan.firstIndex(in: blockStarts, atLeast: lines.line(containing: start) + 1)
        while k < blockStarts.count {
            let boundary = lines.start(ofLine: blockStarts[k])
            guard boundary < end else { break }
            scanMath(blockStart..<boundary)
            blockStart = boundary
            k += 1
        }
        scanMath(blockStart..<end)
    }

    /// Replaces the math of one block's lines with tokens and copies the rest.
    private mutating func scanMath(_ block: Range<Int>) {
        let start = block.lowerBound
        let end = block.upperBound
        let scan = ChunkScan(src: src, range: block)
        var copied = start
        var i = start
        while i < end {
            let b = src[i]
            if b == UInt8(ascii: "\\") {
                i += 2
            } else if b == UInt8(ascii: "`") {
                i = scan.skipCodeSpan(at: i)
            } else if b == UInt8(ascii: "$"), let close = scan.mathEnd(openingAt: i) {
                copy(copied..<i)
                emitMath(i..<close, display: src[i + 1] == UInt8(ascii: "$"))
                i = close
                copied = close
            } else {
                i += 1
            }
        }
        copy(copied..<end)
    }

    /// Replaces one math span, line by line, with tokens, keeping line breaks and container prefixes.
    private mutating func emitMath(_ span: Range<Int>, display: Bool) {
        let mathIndex = maths.count
        let openingLine = lines.line(containing: span.lowerBound)
        let openingStart = lines.start(ofLine: openingLine)
        let quoted = src[openingStart..<span.lowerBound].contains(UInt8(ascii: ">"))
        let delimiter = display ? 2 : 1
        maths.append(MathSpan(
            tex: tex(span.lowerBound + delimiter..<span.upperBound - delimiter, quoted: quoted), display: display,
            line: openingLine, byteOffset: span.lowerBound - openingStart))
        var pieceStart = span.lowerBound
        var first = true
        while pieceStart < span.upperBound {
            var pieceEnd = pieceStart
            while pieceEnd < span.upperBound, src[pieceEnd] != 0x0A, src[pieceEnd] != 0x0D { pieceEnd += 1 }
            emitToken(MathSegment(math: mathIndex, original: Array(src[pieceStart..<pieceEnd]), isFirst: first), at: pieceStart)
            first = false
            guard pieceEnd < span.upperBound else { break }
            var next = pieceEnd + 1
            if src[pieceEnd] == 0x0D, next < span.upperBound, src[next] == 0x0A { next += 1 }
            let content = continuationStart(next, span.upperBound, quoted: quoted)
            copy(pieceEnd..<content)
            pieceStart = content
        }
    }

    private func continuationStart(_ start: Int, _ limit: Int, quoted: Bool) -> Int {
        var i = start
        while i < limit, src[i] == 0x20 || src[i] == 0x09 || (quoted && src[i] == UInt8(ascii: ">")) { i += 1 }
        return i
    }

    private mutating func emitToken(_ segment: MathSegment, at offset: Int) {
        let index = segments.count
        segments.append(segment)
        var token: [UInt8] = [PreparedSource.tokenStart]
        token += Array(String(index).utf8)
        token.append(PreparedSource.tokenEnd)
        let line = lines.line(containing: offset)
        let delta = lineDelta[line, default: 0]
        edits[line, default: []].append(ColumnEdit(
            column: offset - lines.start(ofLine: line) + delta, originalLength: segment.original.count,
            newLength: token.count))
        lineDelta[line] = delta + token.count - segment.original.count
        out += token
    }

    /// The TeX of a span's inside with line endings normalised and continuation prefixes removed.
    private func tex(_ range: Range<Int>, quoted: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = src[i]
            if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < range.upperBound, src[i + 1] == 0x0A { i += 1 }
                bytes.append(0x0A)
                i = continuationStart(i + 1, range.upperBound, quoted: quoted)
            } else {
                bytes.append(b)
                i += 1
            }
        }
        var start = 0
        var end = bytes.count
        while start < end, ChunkScan.isSpace(bytes[start]) { start += 1 }
        while end > start, ChunkScan.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
