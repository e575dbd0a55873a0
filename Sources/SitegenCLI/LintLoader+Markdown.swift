import SitegenSite

/// Markdown → Document for the linter; a placeholder that keeps only the raw text until SitegenMarkdown's
/// parser is in main (the linter then still applies suppression, config and reporters, and raw-text checks).
enum MarkdownLoading {
    /// The document of a Markdown file and the parser's diagnostics.
    static func parse(_ text: String, path: String, id: String) -> (Document, [Diagnostic]) {
        let location = SourceLocation(file: path, line: 1, column: 1)
        let document = Document(id: id, origin: .file(path: path), metadata: Metadata(), root: Section(level: 0, location: location))
        return (document, [])
    }
}
