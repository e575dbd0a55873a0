import SitegenCore

/// Finds and reads a post's leading YAML front matter block (`---` … `---`).
public enum FrontMatter {
    /// A source file cut into its front matter and its Markdown body.
    public struct Split: Sendable {
        /// The YAML between the fences; nil when the file has no (well-formed) front matter.
        public var yaml: String?
        /// The 1-based file line of the first YAML line (so YAML line 1 is file line `yamlStartLine`).
        public var yamlStartLine: Int
        /// The 1-based file line where the Markdown body starts.
        public var bodyStartLine: Int
        /// The UTF-8 byte offset where the body starts.
        public var bodyByteOffset: Int
        /// The Markdown body.
        public var body: Substring
        /// Problems with the fences themselves (unclosed block, TOML).
        public var diagnostics: [Diagnostic]

        /// Creates a split.
        public init(
            yaml: String?, yamlStartLine: Int, bodyStartLine: Int, bodyByteOffset: Int, body: Substring,
            diagnostics: [Diagnostic] = []
        ) {
            self.yaml = yaml
            self.yamlStartLine = yamlStartLine
            self.bodyStartLine = bodyStartLine
            self.bodyByteOffset = bodyByteOffset
            self.body = body
            self.diagnostics = diagnostics
        }
    }

    /// Cuts `source` into front matter and body. A file whose first line is `---` (not followed by a blank line)
    /// starts a YAML block that ends at the next `---` or `...` line; `+++` (TOML) gets a diagnostic.
    public static func split(_ source: String, path: String = "<input>") -> Split {
        let bytes = Array(source.utf8)
        let lines = LineTable(bytes)
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let whole = Split(yaml: nil, yamlStartLine: 1, bodyStartLine: 1, bodyByteOffset: 0, body: Substring(source))
        let first = trimmedLine(bytes, lines, 1, from: bom)
        if first.elementsEqual("+++".utf8) {
            return tomlSplit(source, bytes, lines, path: path)
        }
        guard first.elementsEqual("---".utf8), lines.lineCount >= 2,
              !isBlank(trimmedLine(bytes, lines, 2)) else { return whole }
        var line = 2
        while line <= lines.lineCount {
            let text = trimmedLine(bytes, lines, line)
            if text.elementsEqual("---".utf8) || text.elementsEqual("...".utf8) {
                let yaml = String(decoding: bytes[lines.start(ofLine: 2)..<lines.start(ofLine: line)], as: UTF8.self)
                let bodyOffset = lines.start(ofLine: line + 1)
                return Split(
                    yaml: yaml, yamlStartLine: 2, bodyStartLine: line + 1, bodyByteOffset: bodyOffset,
                    body: substring(source, fromByte: bodyOffset))
            }
            line += 1
        }
        var unclosed = whole
        unclosed.diagnostics.append(.error(
            "front matter opened with --- on line 1 is never closed", at: SourceLocation(file: path, line: 1, column: 1),
            rule: "unclosed-front-matter",
            hint: "end the YAML front matter with a line of three dashes `---` before the Markdown body"))
        return unclosed
    }

    private static func tomlSplit(_ source: String, _ bytes: [UInt8], _ lines: LineTable, path: String) -> Split {
        let diagnostic = Diagnostic.error(
            "TOML front matter is not supported; use --- YAML ---", at: SourceLocation(file: path, line: 1, column: 1),
            rule: "toml-front-matter",
            hint: "replace the `+++` fences with `---` and write the keys as YAML (`title: \"…\"`)")
        var line = 2
        while line <= lines.lineCount {
            if trimmedLine(bytes, lines, line).elementsEqual("+++".utf8) {
                let offset = lines.start(ofLine: line + 1)
                return Split(
                    yaml: nil, yamlStartLine: 2, bodyStartLine: line + 1, bodyByteOffset: offset,
                    body: substring(source, fromByte: offset), diagnostics: [diagnostic])
            }
            line += 1
        }
        return Split(
            yaml: nil, yamlStartLine: 1, bodyStartLine: 1, bodyByteOffset: 0, body: Substring(source),
            diagnostics: [diagnostic])
    }

    private static func substring(_ source: String, fromByte offset: Int) -> Substring {
        let utf8 = source.utf8
        guard let index = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex) else {
            return Substring("")
        }
        return source[index...]
    }

    /// The bytes of a line without its line ending and trailing spaces.
    private static func trimmedLine(_ bytes: [UInt8], _ lines: LineTable, _ line: Int, from offset: Int = 0) -> ArraySlice<UInt8> {
        let start = max(lines.start(ofLine: line), offset)
        var end = lines.end(ofLine: line, in: bytes)
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start <= end ? bytes[start..<end] : []
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
