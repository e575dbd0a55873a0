/// Marks the lines of a Markdown file that are front matter, fenced code, display math or block quotation.
///
/// Indented code and raw HTML come from the parsed document instead (see `ScopeMap`), because telling them
/// from list continuations needs the full parser.
enum LineClassifier {
    static func classify(_ lines: [String]) -> [Int: LintScope] {
        var scopes: [Int: LintScope] = [:]
        var index = frontMatterEnd(lines).map { end in
            for n in 1...end { scopes[n] = .frontMatter }
            return end
        } ?? 0
        // nil: not in a quotation; false: in a quotation; true: in a GitHub alert (`> [!NOTE]`), which is prose.
        var quoteIsAlert: Bool?
        while index < lines.count {
            let number = index + 1
            let trimmed = stripIndent(lines[index])
            if let fence = fenceOpening(trimmed) {
                index = markFence(lines, from: index, fence: fence, scopes: &scopes)
                quoteIsAlert = nil
                continue
            }
            if trimmed.hasPrefix("$$") {
                index = markMath(lines, from: index, scopes: &scopes)
                quoteIsAlert = nil
                continue
            }
            if trimmed.hasPrefix(">") {
                let alert = quoteIsAlert ?? isAlert(trimmed)
                quoteIsAlert = alert
                if !alert { scopes[number] = .quote }
            } else if trimmed.trimmingTrailingSpaces.isEmpty {
                quoteIsAlert = nil
            } else if quoteIsAlert == false {
                scopes[number] = .quote  // lazy continuation of a quoted paragraph
            }
            index += 1
        }
        return scopes
    }

    /// The last line of a YAML front matter block that starts on line 1, if there is one.
    static func frontMatterEnd(_ lines: [String]) -> Int? {
        guard lines.first?.trimmingTrailingSpaces == "---" else { return nil }
        for index in 1..<max(1, lines.count) where ["---", "..."].contains(lines[index].trimmingTrailingSpaces) {
            return index + 1
        }
        return nil
    }

    private static func isAlert(_ line: String) -> Bool {
        let body = line.dropFirst().drop { $0 == " " }
        return body.hasPrefix("[!") && body.contains("]")
    }

    /// The fence characters (``` or ~~~, three or more) opening a code block, if the line opens one.
    static func fenceOpening(_ line: String) -> String? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        if first == "`" && line.dropFirst(run.count).contains("`") { return nil }
        return String(run)
    }

    private static func markFence(_ lines: [String], from start: Int, fence: String, scopes: inout [Int: LintScope]) -> Int {
        scopes[start + 1] = .code
        var index = start + 1
        while index < lines.count {
            scopes[index + 1] = .code
            let trimmed = stripIndent(lines[index]).trimmingTrailingSpaces
            index += 1
            if trimmed.hasPrefix(fence) && trimmed.allSatisfy({ $0 == fence.first }) { break }
        }
        return index
    }

    private static func markMath(_ lines: [String], from start: Int, scopes: inout [Int: LintScope]) -> Int {
        scopes[start + 1] = .math
        let first = stripIndent(lines[start])
        if first.dropFirst(2).contains("$$") { return start + 1 }
        var index = start + 1
        while index < lines.count {
            scopes[index + 1] = .math
            index += 1
            if lines[index - 1].contains("$$") { break }
        }
        return index
    }

    /// The line without up to three leading spaces (more would make it indented code).
    static func stripIndent(_ line: String) -> String {
        let spaces = line.prefix { $0 == " " }.count
        return spaces <= 3 ? String(line.dropFirst(spaces)) : line
    }
}

extension String {
    /// The string without trailing spaces and tabs.
    var trimmingTrailingSpaces: String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
