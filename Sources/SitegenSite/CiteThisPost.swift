import Foundation
import SitegenBibliography
import SitegenCore

/// "Cite this post" for posts whose front matter says `citation: true` (or gives a `citation:` map): the
/// formatted reference and BibTeX for the page's appendix, Google Scholar meta tags, and `cite.bib` /
/// `cite.json` files beside the page.
struct CiteThisPost: Sendable {
    let html: String
    let bibtex: String
    let cslJSON: String
    let metaTags: [(name: String, content: String)]

    init?(page: SitePage, config: SiteConfig, urls: URLBuilder, style: CSLStyle) {
        let value = page.document.metadata.extra["citation"]
        guard let value, value != .bool(false), value != .null else { return nil }
        if case .bool(true) = value {} else if case .map = value {} else { return nil }
        var metadata = page.document.metadata
        if metadata.authors.isEmpty { metadata.authors = config.authors.map(\.name) }
        let citation = PostCitation(metadata: metadata, url: urls.absolute(page.path), siteTitle: config.title)
        html = citation.html(style: style)
        bibtex = citation.bibtex
        cslJSON = citation.cslJSON
        metaTags = citation.scholarMetaTags
    }

    /// The template keys: `citeThis` (html, bibtex) and `scholarMeta` (name, content).
    var context: [String: Any] {
        ["citeThis": ["html": html, "bibtex": bibtex], "scholarMeta": metaTags.map { ["name": $0.name, "content": $0.content] }]
    }
}
