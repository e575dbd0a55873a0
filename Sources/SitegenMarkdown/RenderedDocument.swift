import SitegenCore

/// A document rendered to HTML, with what templates and feeds need besides the body.
public struct RenderedDocument: Sendable {
    /// The body HTML, footnotes and references included.
    public var html: String
    /// Every section heading in document order.
    public var toc: [TOCEntry]
    /// Plain text of the first paragraph(s), at most about 300 characters.
    public var summary: String
    /// Words in prose (code, math and raw HTML not counted).
    public var wordCount: Int
    /// Unresolved cross-references, missing alt text and captions, citation problems, duplicate labels.
    public var diagnostics: [Diagnostic]

    /// Creates a rendered document.
    public init(html: String, toc: [TOCEntry], summary: String, wordCount: Int, diagnostics: [Diagnostic]) {
        self.html = html
        self.toc = toc
        self.summary = summary
        self.wordCount = wordCount
        self.diagnostics = diagnostics
    }
}
