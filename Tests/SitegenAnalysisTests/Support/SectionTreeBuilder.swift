import SitegenCore

/// Turns fixture lines into a section tree (see `Fixture`).
struct SectionTreeBuilder {
    let file: String
    private var stack: [Section]
    private var slugger = Slugger()
    private var paragraph: [String] = []
    private var paragraphLine = 0
    private var listItems: [(String, Int)] = []
    private var fence: (lines: [String], line: Int, math: Bool)?
    private var tableRows: [String] = []
    private var tableLine = 0

    init(file: String) {
        self.file = file
        stack = [Section(level: 0, location: SourceLocation(file: file, line: 1, column: 1))]
    }

    mutating func parse(_ text: String) {
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            line(String(rawLine), number: offset + 1)
        }
        flush()
    }

    private mutating func line(_ line: String, number: Int) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if var open = fence {
            if trimmed == (open.math ? "$$" : "```") {
                let body = open.lines.joined(separator: "\n")
                append(Block(open.math ? .math(tex: body) : .code(language: nil, text: body), at: loc(open.line)))
                fence = nil
            } else {
                open.lines.append(line)
                fence = open
            }
            return
        }
        if trimmed.hasPrefix("```") || trimmed == "$$" {
            flush()
            fence = ([], number, trimmed == "$$")
        } else if trimmed.isEmpty {
            flush()
        } else if let level = headingLevel(trimmed) {
            flush()
            openSection(level: level, title: String(trimmed.dropFirst(level + 1)), line: number)
        } else if trimmed.hasPrefix("- ") {
            flushParagraph()
            listItems.append((String(trimmed.dropFirst(2)), number))
        } else if trimmed.hasPrefix("|") {
            flushParagraph()
            if tableRows.isEmpty { tableLine = number }
            tableRows.append(trimmed)
        } else if trimmed.hasPrefix("> ") {
            flush()
            let inner = Block(.paragraph(InlineParser.parse(String(trimmed.dropFirst(2)), file: file, line: number)), at: loc(number))
            append(Block(.quote([inner]), at: loc(number)))
        } else {
            flushList()
            if paragraph.isEmpty { paragraphLine = number }
            paragraph.append(trimmed)
        }
    }

    private func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private func loc(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }

    private mutating func openSection(level: Int, title: String, line: Int) {
        while stack.count > 1, stack[stack.count - 1].level >= level { closeTop() }
        let inlines = InlineParser.parse(title, file: file, line: line)
        let id = slugger.unique(PlainText.of(inlines))
        stack.append(Section(level: level, heading: inlines, id: id, location: loc(line)))
    }

    private mutating func closeTop() {
        let done = stack.removeLast()
        stack[stack.count - 1].subsections.append(done)
    }

    private mutating func append(_ block: Block) {
        stack[stack.count - 1].blocks.append(block)
    }

    private mutating func flush() {
        flushParagraph()
        flushList()
        flushTable()
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        let text = paragraph.joined(separator: "\n")
        append(Block(.paragraph(InlineParser.parse(text, file: file, line: paragraphLine)), at: loc(paragraphLine)))
        paragraph = []
    }

    private mutating func flushList() {
        guard let first = listItems.first else { return }
        let items = listItems.map { text, line in
            List.Item(blocks: [Block(.paragraph(InlineParser.parse(text, file: file, line: line)), at: loc(line))])
        }
        append(Block(.list(List(ordered: false, tight: true, items: items)), at: loc(first.1)))
        listItems = []
    }

    private mutating func flushTable() {
        guard !tableRows.isEmpty else { return }
        let rows: [[[Inline]]] = tableRows.filter { !$0.contains("---") }.map { row in
            row.split(separator: "|").map { [Inline.text($0.trimmingCharacters(in: .whitespaces))] }
        }
        let header = rows.first ?? []
        append(Block(.table(Table(alignments: header.map { _ in .none }, header: header, rows: Array(rows.dropFirst()))), at: loc(tableLine)))
        tableRows = []
    }

    mutating func finish() -> Section {
        flush()
        while stack.count > 1 { closeTop() }
        return stack[0]
    }
}
