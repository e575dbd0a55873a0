import SitegenCore

/// One entry of a table of contents.
public struct TOCEntry: Hashable, Sendable {
    /// The heading level (1–6).
    public var level: Int
    /// The heading's id.
    public var id: String
    /// The heading's content as HTML (links removed, so it can sit inside the TOC's own link).
    public var titleHTML: String
    /// The section number (`2.1`), nil for unnumbered sections.
    public var number: String?

    /// Creates an entry.
    public init(level: Int, id: String, titleHTML: String, number: String?) {
        self.level = level
        self.id = id
        self.titleHTML = titleHTML
        self.number = number
    }
}

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
