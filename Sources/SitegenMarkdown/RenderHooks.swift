import SitegenCore

/// What the renderer asks the rest of the site: citations, other posts' labels, image sizes and URLs.
/// Every hook is optional; without it the renderer falls back to something sensible.
public struct RenderHooks: Sendable {
    /// Formats the document's citations (SitegenBibliography); without it citations show as written.
    public var citations: (any CitationProcessing)?
    /// Resolves `@posts/other#fig-x`; nil from it means the label is unknown (an error diagnostic).
    public var resolveCrossReference: (@Sendable (CrossReference) -> ResolvedCrossReference?)?
    /// The pixel size of an image, given its source as written in the post.
    public var imageSize: (@Sendable (String) -> ImageSize?)?
    /// Rewrites an image source as written into the URL to emit (page bundles, fingerprinting).
    public var rewriteImageURL: (@Sendable (String) -> String)?
    /// Rewrites a link destination as written into the URL to emit (the base path, links to source files).
    public var rewriteLinkURL: (@Sendable (String) -> String)?

    /// Creates hooks.
    public init(
        citations: (any CitationProcessing)? = nil,
        resolveCrossReference: (@Sendable (CrossReference) -> ResolvedCrossReference?)? = nil,
        imageSize: (@Sendable (String) -> ImageSize?)? = nil,
        rewriteImageURL: (@Sendable (String) -> String)? = nil,
        rewriteLinkURL: (@Sendable (String) -> String)? = nil
    ) {
        self.citations = citations
        self.resolveCrossReference = resolveCrossReference
        self.imageSize = imageSize
        self.rewriteImageURL = rewriteImageURL
        self.rewriteLinkURL = rewriteLinkURL
    }
}
