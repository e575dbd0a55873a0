import SitegenCore

/// Renders a `Document` to HTML shaped like Quarto's output (figures, callouts, footnotes, references,
/// cross-references), with math left as `\(…\)` / `\[…\]` spans for KaTeX or MathJax.
public struct HTMLRenderer: Sendable {
    /// How to write.
    public var options: RenderOptions
    /// What to ask the site.
    public var hooks: RenderHooks

    /// Creates a renderer.
    public init(options: RenderOptions = RenderOptions(), hooks: RenderHooks = RenderHooks()) {
        self.options = options
        self.hooks = hooks
    }

    /// Renders `document`: body HTML with footnotes and references, TOC, summary, word count, diagnostics.
    public func render(_ document: Document) -> RenderedDocument {
        let session = RenderSession(document: document, options: options, hooks: hooks)
        return session.run()
    }
}
