import Foundation

/// A Markdown source under Content/: a post, a page, or a page bundle's index.md.
struct ContentFile: Sendable, Hashable {
    /// Posts are dated and listed; pages stand alone.
    enum Kind: String, Sendable {
        case post, page
    }

    var kind: Kind
    /// The file on disk.
    var url: URL
    /// The path relative to the site root, as diagnostics show it (`Content/posts/x.md`).
    var displayPath: String
    /// `posts/x` or `pages/about`: the document id.
    var id: String
    /// The slug from the file or bundle name, without a `YYYY-MM-DD-` prefix.
    var slug: String
    /// For a page bundle, the folder whose other files are copied beside the page.
    var bundle: URL?
}
