import Foundation
import SitegenCore

/// One entry of the table of contents.
struct TOCItem: Sendable, Hashable {
    var level: Int
    var id: String
    var titleHTML: String
    var number: String?
}

/// The HTML of a document's body and what listing pages and feeds need from it.
struct RenderedContent: Sendable {
    var html: String = ""
    /// The same content with absolute URLs, for feeds.
    var feedHTML: String = ""
    var toc: [TOCItem] = []
    var summary: String = ""
    var wordCount: Int = 0
    var hasMath = false
    /// `mathjax` or `katex`: which library the page loads for its math.
    var mathEngine = "mathjax"
    var hasSidenotes = false
    var diagnostics: [Diagnostic] = []
    /// Repetition and template scores, formatted, when the analysis found something worth showing.
    var scores: [String: String]?
}

/// A post, page or ingested entry on its way to becoming an HTML page.
struct SitePage: Sendable {
    enum Kind: String, Sendable {
        case post, page, entry
    }

    var kind: Kind
    var document: Document
    var file: ContentFile?
    /// Output path relative to the output root, with a trailing slash (`posts/x/`), or "" for the home page.
    var path: String
    var rendered = RenderedContent()
    /// The text the document was parsed from, so link findings point at the destination as written.
    var sourceText = ""

    var title: String { document.metadata.title }
    var date: Date? { document.metadata.date }
    var updated: Date? { document.metadata.updated ?? document.metadata.date }
    var sourcePath: String { file?.displayPath ?? document.sourcePath }
    /// The HTML file written for the page: `posts/x/index.html`, or the path itself when it names a file
    /// (`about.html`, as Quarto names a non-index document's page).
    var outputFile: String { path.hasSuffix(".html") ? path : path + "index.html" }
    /// The folder the page's files sit in (`posts/x/`, or `posts/` for `posts/x.html`).
    var citeFolder: String {
        guard path.hasSuffix(".html") else { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "" : parent + "/"
    }
    /// Prefix of "cite this post" file names: "" in a page's own folder, `x-` beside `x.html`.
    var citeFilePrefix: String {
        guard path.hasSuffix(".html") else { return "" }
        return String((path as NSString).lastPathComponent.dropLast(5)) + "-"
    }
}
