import Foundation
import SitegenCore

/// Short, readable document ids and source names for reports: paths relative to the current folder (or to the
/// folder named on the command line), and feed entries by feed name and entry title.
enum DocumentNaming {
    /// `path` relative to the current folder when it is under it, else `fallback`.
    static func relative(_ path: String, fallback: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        if absolute == cwd { return "." }
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : fallback
    }

    /// The id of a Markdown file: its path without extension, relative to the current folder, else relative to
    /// the named folder it was found in (prefixed with that folder's name), else its file name.
    static func markdownID(_ path: String, folder: String?) -> String {
        let stem = (path as NSString).deletingPathExtension
        var fallback = (stem as NSString).lastPathComponent
        if let folder {
            let root = URL(fileURLWithPath: folder).standardizedFileURL.path
            let file = URL(fileURLWithPath: stem).standardizedFileURL.path
            if file.hasPrefix(root + "/") { fallback = (root as NSString).lastPathComponent + "/" + file.dropFirst(root.count + 1) }
        }
        var id = relative(stem, fallback: fallback)
        if id.hasSuffix("/index") { id.removeLast("/index".count) }
        return id
    }

    /// The short name of a feed: a file's path relative to the current folder (else its name), or a URL's host
    /// and path.
    static func feedName(_ location: String) -> String {
        if let url = URL(string: location), let host = url.host, url.scheme?.hasPrefix("http") == true {
            return host + url.path
        }
        return relative(location, fallback: (location as NSString).lastPathComponent)
    }

    /// Gives a feed's documents ids `feed-name/entry-title-slug` (unique within the feed; the entry id when the
    /// title is empty).
    static func renameFeedEntries(_ documents: [Document], feed location: String) -> [Document] {
        let name = (feedName(location) as NSString).deletingPathExtension
        var slugger = Slugger()
        return documents.map { document in
            var copy = document
            var entry = document.metadata.title
            if entry.isEmpty, case .feed(_, let entryID) = document.origin { entry = entryID }
            copy.id = name + "/" + slugger.unique(entry, fallback: "entry")
            return copy
        }
    }
}
