/// The citations of one document, formatted: what a citation processor hands back to the HTML renderer.
public struct FormattedCitations: Sendable {
    /// The whole HTML of each citation (its `<span class="citation" data-cites="…">` included), parallel to the
    /// citations passed in (document order).
    public var inline: [String]
    /// HTML of the references list, its element carrying `id="refs"`, without a heading; empty when nothing was cited.
    public var bibliography: String
    /// Unknown keys and other problems, at the citation's location.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(inline: [String], bibliography: String, diagnostics: [Diagnostic] = []) {
        self.inline = inline
        self.bibliography = bibliography
        self.diagnostics = diagnostics
    }
}

/// Formats a document's citations; implemented by SitegenBibliography, called by the HTML renderer, so that
/// neither module imports the other.
public protocol CitationProcessing: Sendable {
    /// Formats `citations` (every citation of `document`, in document order) in one pass, so numbering,
    /// disambiguation and subsequent-author substitution see them all.
    func format(_ citations: [Citation], in document: Document) -> FormattedCitations
}
