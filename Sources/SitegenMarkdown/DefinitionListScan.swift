/// Finds pandoc definition lists line by line, the way pandoc's Markdown reader reads them:
///
/// ```
/// Term                      ← one line that starts a block
///                           ← at most one blank line
/// :   Definition            ← `:` or `~`, indented at most 3, then a space or tab
///     lazy lines, then blocks indented four spaces (paragraphs, lists, code)
/// :   Another definition of the same term
/// ```
///
/// The preprocessor turns each marker into a `+` list bullet of the same width, so cmark reads the definition
/// (continuation paragraphs, nested lists and code included) as a list item after the term's paragraph;
/// the document builder then regroups term paragraphs and their items into a definition list. A definition is
/// compact (pandoc's `Plain`) unless a blank line precedes its marker or it has indented continuation blocks.
struct DefinitionListScan: Sendable {
    /// 1-based lines holding a term.
    private(set) var terms: Set<Int> = []
    /// 1-based marker lines, each mapped to whether its definition is loose (paragraphs in `<p>`).
    private(set) var definitions: [Int: Bool] = [:]

    private var inDefinition = false
    private var currentDefinition = 0
    private var blanks = 0
    /// The last non-blank line: its number, indentation, whether it started a block, whether a term may be it.
    private var last: (line: Int, startsBlock: Bool, termable: Bool)?
    private var afterBoundary = true

    /// A blank line.
    mutating func blank() {
        blanks += 1
    }

    /// A line that is not Markdown text to pandoc's definition lists (a fence of a div or code block): it ends
    /// a definition unless indented into it, and the next line starts a block.
    mutating func boundary(indent: Int) {
        if inDefinition, indent >= 4 {
            if blanks > 0 { definitions[currentDefinition] = true }
        } else {
            inDefinition = false
        }
        last = nil
        blanks = 0
        afterBoundary = true
    }

    /// A non-blank text line of `src` from `start` to `end`. Returns the offset of a definition marker to
    /// replace by a bullet, if the line starts a definition.
    mutating func text(_ src: [UInt8], line: Int, start: Int, end: Int) -> Int? {
        defer { blanks = 0 }
        var indent = 0
        var i = start
        while i < end, src[i] == 0x20 || src[i] == 0x09 {
            indent += src[i] == 0x09 ? 4 - indent % 4 : 1
            i += 1
        }
        let startsBlock = blanks > 0 || afterBoundary
        afterBoundary = false
        if indent <= 3, i + 1 < end, src[i] == UInt8(ascii: ":") || src[i] == UInt8(ascii: "~"),
           src[i + 1] == 0x20 || src[i + 1] == 0x09, blanks <= 1 {
            if inDefinition {
                startDefinition(line: line)
                return i
            }
            if let term = last, term.startsBlock, term.termable {
                terms.insert(term.line)
                startDefinition(line: line)
                return i
            }
        }
        if inDefinition {
            if blanks > 0, indent >= 4 {
                definitions[currentDefinition] = true
            } else if blanks > 0 {
                inDefinition = false
            }
        }
        last = (line, startsBlock, !inDefinition && indent <= 3 && Self.termable(src[i..<end]))
        return nil
    }

    private mutating func startDefinition(line: Int) {
        inDefinition = true
        currentDefinition = line
        definitions[line] = blanks > 0
        last = nil
    }

    /// Whether a line may be a term: not a heading, quote, list item, table row, HTML or footnote definition.
    private static func termable(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ":"),
             UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            let next = content.dropFirst().first
            return !(next == nil || next == 0x20 || next == 0x09 || next == first)
        case UInt8(ascii: "["):
            return !content.starts(with: "[^".utf8) || !content.contains(UInt8(ascii: ":"))
        default:
            var j = content.startIndex
            while j < content.endIndex, content[j] >= 0x30, content[j] <= 0x39 { j += 1 }
            if j > content.startIndex, j < content.endIndex, content[j] == UInt8(ascii: ".") || content[j] == UInt8(ascii: ")") {
                let after = content.index(after: j)
                return !(after == content.endIndex || content[after] == 0x20 || content[after] == 0x09)
            }
            return true
        }
    }
}
