import Foundation
import SitegenCore
import SitegenMarkdown

/// Finds a Quarto project's documents and web resources. Documents in the folders its listing pages list are
/// posts; other documents are pages. Every document keeps the URL Quarto gives it (`posts/x/index.qmd` →
/// `posts/x/`, `about.qmd` → `about.html`). Files that are neither read nor published are counted by extension
/// in one summary note, never skipped silently.
struct QuartoScanner {
    let project: QuartoProject
    /// Folders never read: Quarto's own, environments, and the output folders.
    var excludedFolders: Set<String> = ["renv", "packrat", "rsconnect", "node_modules", "venv", "env", "site_libs", "Site", "Themes"]

    /// Sources sitegen reads as Markdown (case-insensitive).
    static let sourceExtensions: Set<String> = ["qmd", "md", "markdown", "rmd", "rmarkdown"]
    /// Files copied to the output at their project path, as Quarto copies a site's resources.
    static let resourceExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff", "pdf", "css", "js", "mjs",
        "html", "htm", "woff", "woff2", "ttf", "otf", "mp4", "webm", "ogg", "ogv", "mp3", "wav", "m4a", "csv", "tsv",
        "txt", "zip", "gz", "xlsx", "pptx", "docx", "xml", "json", "geojson", "wasm", "cname",
    ]
    /// Bounds the walk (files visited, folder depth).
    static let maximumFiles = 200_000
    static let maximumDepth = 64

    /// The listing sitegen renders as the home page (Quarto's `listing:` page).
    struct Listing: Sendable {
        /// Output path of the listing ("" for the site root).
        var path: String
        /// `default`, `grid` or `table`.
        var type: String
        var title: String?
        var description: String?
        var pageSize: Int?
        /// Quarto's URL of the listing page when it differs from `path` (`blog.html`), redirected to it.
        var alias: String?
    }

    struct Result: Sendable {
        var inventory = ContentScanner.Inventory()
        var listing: Listing?
        var nav: [[String: MetaValue]] = []
        var notes: [Diagnostic] = []
        var postCount = 0
        /// Posts marked `draft: true` (or listed in `website.drafts`), left out unless drafts are shown.
        var draftCount = 0
    }

    private struct Source {
        var relative: String
        var url: URL
        var frontMatter: MetaValue
    }

    func scan(outputFolder: URL?) -> Result {
        var result = Result()
        var sources: [Source] = []
        var skipped: [String: Int] = [:]
        var excluded = excludedFolders
        excluded.insert(project.outputDir)
        let outputPath = outputFolder?.standardizedFileURL.path
        // The bibliography and style the project names are read, not left out.
        let used = Set((project.config.bibliography + [project.config.csl].compactMap { $0 }).map(QuartoProject.normalized))
        walk(project.root, relative: "", depth: 0, excluded: excluded, outputPath: outputPath) { relative, url in
            let ext = (relative as NSString).pathExtension.lowercased()
            let name = (relative as NSString).lastPathComponent
            if Self.sourceExtensions.contains(ext) {
                if name.lowercased().hasPrefix("readme.") || name.lowercased().hasPrefix("license.") {
                    skipped[name, default: 0] += 1
                } else if let render = project.renderList, !render.contains(where: { Self.matches(relative, pattern: $0) }) {
                    skipped["not in project.render", default: 0] += 1
                } else {
                    sources.append(Source(relative: relative, url: url, frontMatter: Self.frontMatter(url)))
                }
            } else if Self.resourceExtensions.contains(ext) || name == "CNAME" {
                result.inventory.statics.append((url, relative))
            } else if name != "sitegen.yml" && name != "sitegen.yaml" && !used.contains(relative) {
                let shown = (name as NSString).pathExtension
                skipped[shown.isEmpty ? name : "." + shown, default: 0] += 1
            }
        }
        let listings = sources.filter { Self.hasListing($0.frontMatter) }.sorted { Self.listingOrder($0.relative, $1.relative) }
        var folders = listings.flatMap { Self.listingFolders($0) }
        if listings.isEmpty, sources.contains(where: { $0.relative.hasPrefix("posts/") }) { folders = ["posts"] }
        let listingPaths = Set(listings.map(\.relative))
        var metadataCache: [String: MetaValue] = [:]
        for source in sources {
            let isListing = listingPaths.contains(source.relative)
            let isPost = !isListing && folders.contains { $0.isEmpty || source.relative.hasPrefix($0 + "/") }
            if isListing, source.relative == listings.first?.relative { continue }
            var file = contentFile(source, isPost: isPost, metadataCache: &metadataCache, notes: &result.notes)
            if isListing { file.outputPath = Self.outputPath(source.relative) }
            result.inventory.files.append(file)
            if isPost {
                result.postCount += 1
                let draft = QuartoYAML.lookup(source.frontMatter, "draft") == .bool(true) || project.drafts.contains(source.relative)
                if draft, project.draftMode != .visible { result.draftCount += 1 }
            }
        }
        if let first = listings.first { result.listing = listing(first) }
        result.nav = nav(sources: sources, files: result.inventory.files)
        if listings.count > 1 {
            let others = listings.dropFirst().map(\.relative).joined(separator: ", ")
            result.notes.append(.warning(
                "\(listings.count) listing pages: their posts are listed together on \(listings[0].relative)'s listing; \(others) shown as pages",
                at: SourceLocation(file: listings[1].relative), rule: "quarto-listing",
                hint: "sitegen renders one post listing; the others' posts still build at their own URLs"))
        }
        if !skipped.isEmpty {
            let total = skipped.values.reduce(0, +)
            let parts = skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
            let notebook = skipped[".ipynb"] != nil ? " (Jupyter notebooks are not read: render them to .qmd or freeze them)" : ""
            result.notes.append(Diagnostic(
                .note, "left out \(total) file(s) that are neither documents sitegen reads nor web resources: \(parts.joined(separator: ", "))\(notebook)",
                at: SourceLocation(file: "_quarto.yml"), rule: "skipped-files"))
        }
        return result
    }

    // MARK: - Walking

    private func walk(_ folder: URL, relative: String, depth: Int, excluded: Set<String>, outputPath: String?,
                      _ visit: (String, URL) -> Void) {
        guard depth < Self.maximumDepth else { return }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        var visited = 0
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            visited += 1
            if visited > Self.maximumFiles { return }
            let url = folder.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else { continue }
            if values.isSymbolicLink == true {
                // Followed for files only: a linked folder could loop.
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { visit(rel, url) }
                continue
            }
            if values.isDirectory == true {
                if depth == 0, excluded.contains(name) { continue }
                if let outputPath, url.standardizedFileURL.path == outputPath { continue }
                walk(url, relative: rel, depth: depth + 1, excluded: excluded, outputPath: outputPath, visit)
            } else {
                visit(rel, url)
            }
        }
    }

    /// Whether `path` matches a `project.render` entry: a file, a folder, or a `*` glob.
    static func matches(_ path: String, pattern: String) -> Bool {
        if pattern.contains("*") {
            let regex = "^" + NSRegularExpression.escapedPattern(for: pattern)
                .replacingOccurrences(of: "\\*\\*/", with: "(.*/)?")
                .replacingOccurrences(of: "\\*", with: "[^/]*") + "$"
            return path.range(of: regex, options: .regularExpression) != nil
        }
        return path == pattern || path.hasPrefix(pattern + "/")
    }

    // MARK: - Documents

    /// The front matter of a file as written (nil map when it has none or it does not parse; the parse step reports it).
    static func frontMatter(_ url: URL) -> MetaValue {
        guard let data = FileManager.default.contents(atPath: url.path) else { return .map([:]) }
        let split = FrontMatter.split(String(decoding: data, as: UTF8.self))
        guard let yaml = split.yaml, let node = try? YAMLReader.compose(yaml, path: "") else { return .map([:]) }
        return YAMLReader.value(node)
    }

    /// `posts/x/index.qmd` → `posts/x/`; `about.qmd` → `about.html`; `index.qmd` → "".
    static func outputPath(_ relative: String) -> String {
        let folder = (relative as NSString).deletingLastPathComponent
        let stem = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
        let prefix = folder.isEmpty ? "" : folder + "/"
        return stem == "index" ? prefix : prefix + stem + ".html"
    }

    private func contentFile(_ source: Source, isPost: Bool, metadataCache: inout [String: MetaValue],
                             notes: inout [Diagnostic]) -> ContentFile {
        let folder = (source.relative as NSString).deletingLastPathComponent
        let stem = ((source.relative as NSString).lastPathComponent as NSString).deletingPathExtension
        var defaults = project.documentDefaults
        defaults = QuartoYAML.merge(defaults, folderMetadata(folder, cache: &metadataCache, notes: &notes))
        let freeze = project.root.appendingPathComponent("_freeze")
            .appendingPathComponent(folder.isEmpty ? stem : folder + "/" + stem)
        let hasFreeze = FileManager.default.fileExists(atPath: freeze.appendingPathComponent("execute-results/html.json").path)
        let quarto = QuartoFile(
            projectRoot: project.root, relativePath: source.relative, defaults: defaults, variables: project.variables,
            projectMetadata: project.raw, freezeFolder: hasFreeze ? freeze : nil,
            listedAsDraft: project.drafts.contains(source.relative), draftsVisible: project.draftMode == .visible)
        let id = stem == "index" ? (folder.isEmpty ? "index" : folder) : (folder.isEmpty ? stem : folder + "/" + stem)
        let slugName = stem == "index" ? ((folder as NSString).lastPathComponent) : stem
        return ContentFile(
            kind: isPost ? .post : .page, url: source.url, displayPath: source.relative, id: id,
            slug: slugName.isEmpty ? "index" : ContentScanner.slug(fromName: slugName), bundle: nil,
            outputPath: Self.outputPath(source.relative), resourceFolder: source.url.deletingLastPathComponent(), quarto: quarto)
    }

    /// The merged `_metadata.yml` files from the project root down to `folder` (deeper ones win). Paths they give
    /// for `bibliography` and `csl` are relative to their own folder, as in Quarto, and are rewritten from the root.
    private func folderMetadata(_ folder: String, cache: inout [String: MetaValue], notes: inout [Diagnostic]) -> MetaValue {
        if let cached = cache[folder] { return cached }
        let parent: MetaValue = folder.isEmpty ? .map([:])
            : folderMetadata((folder as NSString).deletingLastPathComponent, cache: &cache, notes: &notes)
        let display = folder.isEmpty ? "_metadata.yml" : folder + "/_metadata.yml"
        let (own, problems) = QuartoYAML.read(project.root.appendingPathComponent(display), displayPath: display)
        notes += problems
        var merged = parent
        if case .map(var map)? = own {
            for key in ["bibliography", "csl"] {
                if let value = map[key] { map[key] = Self.rooted(value, folder: folder) }
            }
            merged = QuartoYAML.merge(parent, .map(map))
        }
        cache[folder] = merged
        return merged
    }

    /// Paths relative to `folder` rewritten as `/`-rooted project paths (which documents resolve from the project root).
    private static func rooted(_ value: MetaValue, folder: String) -> MetaValue {
        switch value {
        case .string(let path) where !path.hasPrefix("/") && !path.contains("://"):
            return .string("/" + (folder.isEmpty ? path : folder + "/" + path))
        case .list(let items): return .list(items.map { rooted($0, folder: folder) })
        default: return value
        }
    }

    // MARK: - Listings

    static func hasListing(_ frontMatter: MetaValue) -> Bool {
        guard let listing = QuartoYAML.lookup(frontMatter, "listing") else { return false }
        return listing != .bool(false) && listing != .null
    }

    /// The root `index` first, then shallower paths, then by name.
    private static func listingOrder(_ a: String, _ b: String) -> Bool {
        let da = a.split(separator: "/").count, db = b.split(separator: "/").count
        return da != db ? da < db : a < b
    }

    /// The folders a listing page lists: the folder part of each `contents:` entry, relative to the page
    /// (its own folder when it gives none, as Quarto does).
    static func listingFolders(_ source: (relative: String, frontMatter: MetaValue)) -> [String] {
        let folder = (source.relative as NSString).deletingLastPathComponent
        var entries: [MetaValue] = []
        switch QuartoYAML.lookup(source.frontMatter, "listing") {
        case .list(let listings)?: entries = listings.compactMap { QuartoYAML.lookup($0, "contents") }
        case let listing?: entries = QuartoYAML.lookup(listing, "contents").map { [$0] } ?? []
        case nil: break
        }
        let paths = entries.flatMap(\.stringList)
        guard !paths.isEmpty else { return [folder] }
        // A `.yml`/`.json` entry lists items by hand, not a folder of documents.
        let documentPaths = paths.filter { path in
            let ext = (path as NSString).pathExtension.lowercased()
            return ext.isEmpty || sourceExtensions.contains(ext) || path.contains("*")
        }
        guard !documentPaths.isEmpty else { return [] }
        return documentPaths.map { path in
            var kept: [String] = []
            let parts = path.split(separator: "/").map(String.init)
            for (i, part) in parts.enumerated() {
                if part.contains("*") || part.contains("?") || part.contains("{") { break }
                if i == parts.count - 1, sourceExtensions.contains((part as NSString).pathExtension.lowercased()) { break }
                kept.append(part)
            }
            return normalize(folder.isEmpty ? kept.joined(separator: "/") : folder + "/" + kept.joined(separator: "/"))
        }
    }

    private static func listingFolders(_ source: Source) -> [String] {
        listingFolders((source.relative, source.frontMatter))
    }

    /// Resolves `.` and `..` in a relative path.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    private func listing(_ source: Source) -> Listing {
        var options = QuartoYAML.lookup(source.frontMatter, "listing") ?? .null
        if case .list(let all) = options { options = all.first ?? .null }
        let path = Self.outputPath(source.relative)
        let folderPath = path.hasSuffix(".html") ? String(path.dropLast(5)) + "/" : path
        var pageSize: Int?
        if case .number(let n)? = QuartoYAML.lookup(options, "page-size") { pageSize = max(1, Int(n)) }
        return Listing(
            path: folderPath, type: QuartoYAML.lookup(options, "type")?.stringValue ?? "default",
            title: QuartoYAML.lookup(source.frontMatter, "title")?.stringValue,
            description: QuartoYAML.lookup(source.frontMatter, "description")?.stringValue ?? QuartoYAML.lookup(source.frontMatter, "subtitle")?.stringValue,
            pageSize: pageSize, alias: path.hasSuffix(".html") ? path : nil)
    }

    // MARK: - Navbar

    /// The navbar's links with URLs resolved: a source path becomes its page's output path (root-relative, `/`-led),
    /// and a link without text gets the document's title.
    private func nav(sources: [Source], files: [ContentFile]) -> [[String: MetaValue]] {
        let byPath = Dictionary(sources.map { ($0.relative, $0) }) { a, _ in a }
        return project.navbar.compactMap { link in
            let href = QuartoProject.normalized(link.href)
            if link.href.contains("://") || link.href.hasPrefix("mailto:") {
                return ["title": .string(link.text ?? link.href), "url": .string(link.href)]
            }
            let source = byPath[href] ?? byPath[href + "/index.qmd"] ?? byPath[href + "/index.md"]
            let target: String
            if let source { target = Self.outputPath(source.relative) } else if href.isEmpty || href == "index.html" { target = "" } else { target = href }
            let title = link.text ?? source.flatMap { QuartoYAML.lookup($0.frontMatter, "title")?.stringValue } ?? href
            return ["title": .string(title), "url": .string("/" + (target.hasPrefix("index.") ? "" : target))]
        }
    }
}
