import SitegenCore
import SitegenMarkdown
import SitegenSite

/// Markdown → Document for the linter, through SitegenMarkdown's parser.
enum MarkdownLoading {
    /// The document of a Markdown file and the parser's diagnostics.
    static func parse(_ text: String, path: String, id: String) -> (Document, [Diagnostic]) {
        let parsed = MarkdownParser().parse(text, path: path, id: id)
        return (parsed.document, parsed.diagnostics)
    }
}
