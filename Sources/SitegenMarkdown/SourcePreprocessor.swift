import SitegenCore

/// Prepares a Markdown file for cmark without changing its line numbers: blanks the front matter, protects
/// math from Markdown by replacing it with placeholder tokens, and replaces pandoc fenced div lines with HTML
/// comment markers (which close any open paragraph or list, as a div fence does), and turns definition list
/// markers into list bullets (`DefinitionListScan`). Code fences and HTML comments are left alone: nothing
/// inside `<!--` … `-->` is an extension's syntax, so a commented-out div stays commented out.
///
/// Math is inline content, so it must stay inside one block. When the body has a `$` at all, a first pass
/// without math asks cmark where blocks start, and the math scan then stops at every such line.
struct SourcePreprocessor {
    var src: [UInt8]
    let lines: LineTable
    let path: String
    /// False for the structure pass (and for bodies without `$`): chunks are copied as they are.
    var scansMath = true
    /// Sorted 1-based lines where cmark starts a block; math never crosses one.
    var blockStarts: [Int] = []
    /// Set when a math scan ran over a chunk of several lines holding a `$` without `blockStarts`: only then do
    /// block starts change the result (a one-line chunk or one without `$` scans the same either way).
    var needsBlockStarts = false
    var out: [UInt8] = []
    var maths: [MathSpan] = []
    var segments: [MathSegment] = []
    var divs: [DivFence] = []
    var edits: [Int: [ColumnEdit]] = [:]
    var lineDelta: [Int: Int] = [:]
    var diagnostics: [Diagnostic] = []
    private var divStack: [Int] = []
    /// Lone block tag lines found so far.
    var htmlTags: [[UInt8]] = []
    /// Grid tables found so far.
    var gridTables: [GridTable] = []
    /// Definition lists found so far.
    var definitionLists = DefinitionListScan()

    /// Prepares `src`, whose Markdown body starts at 1-based `bodyStartLine`.
    static func prepare(_ src: [UInt8], lines: LineTable, bodyStartLine: Int, path: String) -> PreparedSource {
        let hasDollar = src[lines.start(ofLine: bodyStartLine)...].contains(UInt8(ascii: "$"))
        var pre = SourcePreprocessor(src: src, lines: lines, path: path, scansMath: hasDollar)
        pre.out.reserveCapacity(src.count + 64)
        pre.run(bodyStartLine: bodyStartLine)
        if pre.needsBlockStarts {
            // Block starts split only chunks of several lines that hold a `$`; a body with none of those (each
            // paragraph on one line, math in single-line blocks) is prepared the same without cmark's structure pass.
            var structure = SourcePreprocessor(src: src, lines: lines, path: path, scansMath: false)
            structure.out.reserveCapacity(src.count + 64)
            structure.run(bodyStartLine: bodyStartLine)
            pre = SourcePreprocessor(
                src: src, lines: lines, path: path, scansMath: true, blockStarts: CmarkConverter.blockStartLines(structure.out))
            pre.out.reserveCapacity(src.count + 64)
            pre.run(bodyStartLine: bodyStartLine)
        }
        return PreparedSource(
            bytes: pre.out, maths: pre.maths, segments: pre.segments, divs: pre.divs, edits: pre.edits,
            diagnostics: pre.diagnostics, htmlTags: pre.htmlTags, gridTables: pre.gridTables, definitionTerms: pre.definitionLists.terms,
            definitions: pre.definitionLists.definitions)
    }

    private enum FenceLine {
        case open(Attributes)
        case close
        /// `::: {#fig-x …` whose attribute block does not read; the line stays text and is reported.
        case broken(attributesAt: Int)
    }

    private mutating func run(bodyStartLine: Int) {
        let count = lines.lineCount
        var line = 1
        while line < min(bodyStartLine, count + 1) {
            copy(lines.end(ofLine: line, in: src)..<lineStart(line + 1))
            line += 1
        }
        var chunkStart: Int?
        var codeFence: (char: UInt8, length: Int)?
        var inComment = false
        while line <= count {
            let start = lines.start(ofLine: line)
            let end = lines.end(ofLine: line, in: src)
            let content = prefixEnd(start, end, quotes: true)
            let indent = prefixEnd(start, end, quotes: false) - start
            if let fence = codeFence {
                if closesCodeFence(content, end, fence) {
                    codeFence = nil
                    definitionLists.boundary(indent: indent)
                }
                copy(start..<lineStart(line + 1))
            } else if inComment {
                if Self.closesComment(src[start..<end]) {
                    inComment = false
                    definitionLists.boundary(indent: indent)
                }
                copy(start..<lineStart(line + 1))
            } else if content == end {
                definitionLists.blank()
                flush(&chunkStart, upTo: start)
                copy(start..<lineStart(line + 1))
            } else if let fence = opensCodeFence(content, end) {
                definitionLists.boundary(indent: indent)
                flush(&chunkStart, upTo: start)
                codeFence = fence
                copy(start..<lineStart(line + 1))
            } else if src[content..<end].starts(with: Self.commentOpen) {
                definitionLists.boundary(indent: indent)
                flush(&chunkStart, upTo: start)
                inComment = !Self.closesComment(src[(content + Self.commentOpen.count)..<end])
                copy(start..<lineStart(line + 1))
            } else if let fenceLine = divFenceLine(content, end) {
                if case .broken(let brace) = fenceLine {
                    reportBrokenFence(line: line, brace: brace, end: end)
                    if chunkStart == nil { chunkStart = start }
                } else {
                    definitionLists.boundary(indent: indent)
                    flush(&chunkStart, upTo: start)
                    emitDivFence(fenceLine, line: line, start: start, content: content, end: end)
                }
            } else if indent < 4, HTMLBlockTag.isLoneTag(src[content..<end]) {
                definitionLists.boundary(indent: indent)
                flush(&chunkStart, upTo: start)
                copy(start..<content)
                out += PreparedSource.tagMarker(htmlTags.count)
                htmlTags.append(Array(src[content..<end]))
                copy(end..<lineStart(line + 1))
            } else if chunkStart == nil, GridTable.isBorder(src[content..<end]), let last = gridTable(at: line, content: content) {
                definitionLists.boundary(indent: indent)
                line = last
            } else {
                if let marker = definitionLists.text(src, line: line, start: start, end: end) {
                    src[marker] = UInt8(ascii: "+")
                }
                if let excess = excessPipes(content..<end) {
                    // Emitted on its own (math on such a line is not scanned): see SourcePreprocessor+WideRows.
                    flush(&chunkStart, upTo: start)
                    emitEscapingPipes(excess, line: line, start: start, next: lineStart(line + 1))
                } else if chunkStart == nil {
                    chunkStart = start
                }
            }
            line += 1
        }
        flush(&chunkStart, upTo: src.count)
        reportUnclosedDivs()
    }

    private static let commentOpen = Array("<!--".utf8)

    /// Reads a grid table whose top border is on `line` and emits its marker (its other lines stay empty, so
    /// line numbers do not move); returns the table's last line, or nil when the lines are not a grid table.
    private mutating func gridTable(at line: Int, content: Int) -> Int? {
        let start = lines.start(ofLine: line)
        let prefix = content - start
        var texts: [String] = []
        var last = line
        while last <= lines.lineCount, texts.count < 10_000 {
            let s = lines.start(ofLine: last)
            let e = lines.end(ofLine: last, in: src)
            guard e - s > prefix, src[s + prefix] == UInt8(ascii: "+") || src[s + prefix] == UInt8(ascii: "|") else { break }
            texts.append(String(decoding: src[(s + prefix)..<e], as: UTF8.self))
            last += 1
        }
        guard let table = GridTable.read(texts, firstLine: line) else { return nil }
        copy(start..<content)
        out += PreparedSource.gridMarker(gridTables.count)
        out.append(0x0A)
        gridTables.append(table)
        for _ in (line + 1)..<last { out.append(0x0A) }
        return last - 1
    }

    /// Whether `bytes` hold the `-->` that ends an HTML comment.
    private static func closesComment(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: ">") { return true }
            i += 1
        }
        return false
    }

    private func lineStart(_ line: Int) -> Int {
        line > lines.lineCount ? src.count : lines.start(ofLine: line)
    }

    /// Appends source bytes, turning the placeholder control bytes into spaces so input cannot forge tokens.
    mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = out.count
        out.append(contentsOf: src[range])
        var i = start
        while i < out.count {
            if out[i] <= PreparedSource.tokenEnd, out[i] != 0 { out[i] = 0x20 }
            i += 1
        }
    }

    /// The end of a line's container prefix: spaces, tabs and (for block quotes) `>`.
    func prefixEnd(_ start: Int, _ end: Int, quotes: Bool) -> Int {
        var i = start
        while i < end, src[i] == 0x20 || src[i] == 0x09 || (quotes && src[i] == UInt8(ascii: ">")) { i += 1 }
        return i
    }

    private func run(of byte: UInt8, from start: Int, _ end: Int) -> Int {
        var i = start
        while i < end, src[i] == byte { i += 1 }
        return i - start
    }

    private func opensCodeFence(_ content: Int, _ end: Int) -> (char: UInt8, length: Int)? {
        let char = src[content]
        guard char == UInt8(ascii: "`") || char == UInt8(ascii: "~") else { return nil }
        let length = run(of: char, from: content, end)
        guard length >= 3 else { return nil }
        if char == UInt8(ascii: "`"), src[(content + length)..<end].contains(char) { return nil }
        return (char, length)
    }

    private func closesCodeFence(_ content: Int, _ end: Int, _ fence: (char: UInt8, length: Int)) -> Bool {
        guard content < end else { return false }
        let length = run(of: fence.char, from: content, end)
        guard length >= fence.length else { return false }
        return src[(content + length)..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private func divFenceLine(_ content: Int, _ end: Int) -> FenceLine? {
        let colons = run(of: UInt8(ascii: ":"), from: content, end)
        guard colons >= 3 else { return nil }
        var i = content + colons
        while i < end, src[i] == 0x20 || src[i] == 0x09 { i += 1 }
        if i == end || trailingColons(i, end) { return divStack.isEmpty ? nil : .close }
        var attributes: Attributes
        if src[i] == UInt8(ascii: "{") {
            guard let (parsed, next) = AttributeParser.parse(src, from: i, end: end) else { return .broken(attributesAt: i) }
            attributes = parsed
            i = next
        } else {
            let wordStart = i
            while i < end, src[i] != 0x20, src[i] != 0x09 { i += 1 }
            attributes = Attributes(classes: [String(decoding: src[wordStart..<i], as: UTF8.self)])
        }
        guard i == end || trailingColons(i, end) else { return nil }
        return .open(attributes)
    }

    private func trailingColons(_ start: Int, _ end: Int) -> Bool {
        src[start..<end].allSatisfy { $0 == UInt8(ascii: ":") || $0 == 0x20 || $0 == 0x09 }
    }

    private mutating func reportBrokenFence(line: Int, brace: Int, end: Int) {
        let lineStart = lines.start(ofLine: line)
        let location = SourceLocation(
            file: path, line: line, column: LineTable.scalarColumn(of: brace, lineStart: lineStart, in: src))
        diagnostics.append(AttributeParser.brokenBlockDiagnostic(src[brace..<end], context: "of a fenced div", at: location))
    }

    private mutating func emitDivFence(_ fence: FenceLine, line: Int, start: Int, content: Int, end: Int) {
        copy(start..<content)
        switch fence {
        case .open(let attributes):
            let index = divs.count
            divs.append(DivFence(
                attributes: attributes, line: line, byteOffset: content - start, openText: Array(src[content..<end]),
                closeText: nil))
            divStack.append(index)
            out += PreparedSource.marker(open: true, index: index)
        case .close:
            guard let index = divStack.popLast() else { return }
            divs[index].closeText = Array(src[content..<end])
            out += PreparedSource.marker(open: false, index: index)
        case .broken:
            copy(content..<end)
        }
        copy(end..<lineStart(line + 1))
    }

    private mutating func reportUnclosedDivs() {
        for index in divStack {
            let div = divs[index]
            let opening = String(decoding: div.openText, as: UTF8.self)
            diagnostics.append(.error(
                "fenced div `\(opening)` is never closed", at: SourceLocation(
                    file: path, line: div.line,
                    column: LineTable.scalarColumn(of: lines.start(ofLine: div.line) + div.byteOffset,
                                                   lineStart: lines.start(ofLine: div.line), in: src)),
                rule: "unclosed-div",
                hint: "close it with a line of three colons `:::` after its last block (nested divs need one each)"))
        }
    }
}
