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
    /// The output path when the source decides it (a Quarto project keeps Quarto's URLs), instead of permalinks.
    var outputPath: String?
    /// Where relative image paths are looked up when there is no bundle (a Quarto document's folder).
    var resourceFolder: URL?
    /// What a document of a Quarto project inherits and where its frozen results are.
    var quarto: QuartoFile?

    /// The file a relative resource path names, looked up in the bundle, the resource folder and the freeze.
    func resource(_ relative: String) -> URL? {
        for folder in [bundle, resourceFolder].compactMap({ $0 }) {
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return quarto?.frozenFigure(relative)
    }
}
