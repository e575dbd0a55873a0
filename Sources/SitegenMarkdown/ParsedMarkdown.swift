import SitegenCore

/// The result of parsing one Markdown file: the document and every problem found on the way.
public struct ParsedMarkdown: Sendable {
    /// The document (always produced, even from broken input).
    public var document: Document
    /// Front matter, structure and syntax problems, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(document: Document, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }
}
