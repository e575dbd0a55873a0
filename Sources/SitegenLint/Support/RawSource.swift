/// A source file split into lines, with the line-level facts lint needs: which lines are code, math,
/// quotation or front matter, and column conversions.
struct RawSource: Sendable {
    /// The lines without their terminators; index 0 is line 1.
    let lines: [String]
    /// Lines that are not prose, by 1-based number.
    let lineScopes: [Int: LintScope]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        self.lineScopes = LineClassifier.classify(lines)
    }

    /// The text of a 1-based line, if it exists.
    func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The scope of a line; prose unless the classifier said otherwise.
    func scope(ofLine number: Int) -> LintScope {
        lineScopes[number] ?? .prose
    }

    /// The scope at a line and column, looking inside the line for code spans and inline math.
    func scope(line: Int, column: Int) -> LintScope {
        let lineScope = scope(ofLine: line)
        guard lineScope == .prose || lineScope == .quote, column > 0, let text = self.line(line) else { return lineScope }
        return InlineSpans.scope(in: text, column: column) ?? lineScope
    }

    /// The 1-based UTF-16 column of a 1-based Unicode-scalar column on `line` (SARIF counts UTF-16 code units).
    func utf16Column(line: Int, column: Int) -> Int {
        guard column > 1, let text = self.line(line) else { return column }
        var units = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= column - 1 { return units + 1 }
            units += scalar.utf16.count
        }
        return units + (column - text.unicodeScalars.count)
    }
}
