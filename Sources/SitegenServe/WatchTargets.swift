import Foundation

/// What `serve` watches: `Content/` and `Themes/` with everything under them, plus single files (sitegen.yml
/// and any bibliography or CSL style outside `Content/`), watched through their folder because editors save by
/// writing a new file and renaming it over the old one.
struct WatchTargets: Sendable {
    /// Folders watched with all their subfolders.
    var trees: [String]
    /// Files watched one by one.
    var files: [String]

    /// The targets of a site root; `extraFiles` are paths relative to the root.
    init(root: URL, extraFiles: [String] = []) {
        let base = root.standardizedFileURL
        trees = ["Content", "Themes"].map { base.appendingPathComponent($0).path }
        var files = ["sitegen.yml", "sitegen.yaml"].map { base.appendingPathComponent($0).path }
        for extra in extraFiles {
            let path = base.appendingPathComponent(extra).standardizedFileURL.path
            if !trees.contains(where: { path.hasPrefix($0 + "/") }) { files.append(path) }
        }
        self.files = files
    }

    init(trees: [String], files: [String]) {
        self.trees = trees
        self.files = files
    }

    /// Folders holding the single files.
    var fileFolders: [String] { Array(Set(files.map { ($0 as NSString).deletingLastPathComponent })).sorted() }

    /// True for a path a rebuild depends on; editors' swap, backup and lock files are not.
    func isRelevant(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        if Self.isEditorTemporary(name) { return false }
        if files.contains(path) { return true }
        return trees.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Vim's `.x.swp`/`4913`/`x~`, Emacs' `.#x` and `#x#`, and hidden or partial-download files.
    static func isEditorTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp") || name.hasSuffix(".crdownload")
    }
}
