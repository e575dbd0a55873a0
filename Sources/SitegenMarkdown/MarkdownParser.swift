import SitegenCore

/// Parses a Markdown post (YAML front matter + CommonMark/GFM + pandoc/Quarto research syntax) into a
/// `Document` whose locations point into the file, front matter lines included.
public struct MarkdownParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses `source` read from `path` (used in locations) into the document `id` (e.g. `posts/x`). Never throws:
    /// problems come back as diagnostics next to a best-effort document.
    public func parse(_ source: String, path: String, id: String) -> ParsedMarkdown {
        let frontMatter = FrontMatter.read(source, path: path)
        let bytes = Array(source.utf8)
        let lines = LineTable(bytes)
        let prepared = SourcePreprocessor.prepare(
            bytes, lines: lines, bodyStartLine: frontMatter.split.bodyStartLine, path: path)
        let tree = CmarkConverter.parse(prepared.bytes)
        let map = SourceMap(path: path, original: bytes, originalLines: lines, edits: prepared.edits)
        var builder = DocumentBuilder(prepared: prepared, map: map, path: path)
        let document = builder.build(
            tree, id: id, metadata: frontMatter.metadata, bodyStartLine: frontMatter.split.bodyStartLine)
        let diagnostics = (frontMatter.diagnostics + prepared.diagnostics + builder.diagnostics).sorted {
            ($0.location ?? SourceLocation(file: path)) < ($1.location ?? SourceLocation(file: path))
        }
        return ParsedMarkdown(document: document, diagnostics: diagnostics)
    }
}
