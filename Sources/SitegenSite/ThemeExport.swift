import Foundation
import SitegenCore
import SitegenRender

/// `sitegen theme export [DIR]`: writes the built-in default theme's templates and assets into a site's theme
/// folder (docs/theming.md), for the author to change. It never overwrites a file without `force`, and never
/// writes into `Content/` or the output folder; nothing is written when it refuses.
public struct ThemeExport: Sendable {
    /// The site root (holding `sitegen.yml` and `Content/`).
    public var source: URL
    /// Where to write; nil for `Themes/<theme>/` of the site, `<theme>` being `theme:` in `sitegen.yml` or `default`.
    public var folder: URL?
    /// Overwrite files that exist.
    public var force = false

    /// Creates an export of the default theme for the site at `source`.
    public init(source: URL, folder: URL? = nil, force: Bool = false) {
        self.source = source
        self.folder = folder
        self.force = force
    }

    /// The folder written to: `folder`, or the site's own theme folder.
    public var destination: URL {
        if let folder { return folder }
        let name = (try? SiteConfigLoader.load(root: source))?.config.theme ?? "default"
        return source.appendingPathComponent("Themes").appendingPathComponent(name)
    }

    /// Writes the files; returns their paths relative to the destination, sorted.
    @discardableResult
    public func run() throws -> [String] {
        let destination = self.destination
        let target = Self.physical(destination)
        for (name, forbidden) in [("Content/", source.appendingPathComponent("Content")), ("the output folder Site/", source.appendingPathComponent("Site"))] {
            let root = Self.physical(forbidden)
            if target == root || target.hasPrefix(root + "/") {
                throw SitegenError("refusing to write a theme into \(name)", diagnostics: [
                    .error("\(destination.path) is inside \(name), which sitegen never writes a theme into",
                           at: SourceLocation(file: destination.path), hint: "export into Themes/<name>/ of the site: sitegen theme export Themes/default"),
                ], isUsageError: true)
            }
        }
        let files = Theme.defaultFiles
        let fm = FileManager.default
        let existing = files.keys.sorted().filter { fm.fileExists(atPath: destination.appendingPathComponent($0).path) }
        if !existing.isEmpty && !force {
            throw SitegenError("\(existing.count) file(s) of the theme already exist in \(destination.path)", diagnostics: existing.map {
                .error("\($0) exists; it is not overwritten", at: SourceLocation(file: destination.appendingPathComponent($0).path),
                       hint: "move it aside, export into another folder, or pass --force to replace it with the built-in version")
            })
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = destination.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: force ? .atomic : .withoutOverwriting)
        }
        return files.keys.sorted()
    }

    /// The absolute path with symbolic links resolved, as far as the path exists.
    private static func physical(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in rest { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }
}
