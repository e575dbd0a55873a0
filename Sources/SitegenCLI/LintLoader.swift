import Foundation
import SitegenLint
import SitegenCore
import SitegenSite

/// Loads what `sitegen lint` looks at: the site's Markdown with raw text, its bibliography keys, feeds named on
/// the command line, and the site inventory for link checks.
///
/// This is the CLI-side stand-in until SitegenSite offers a site loader the linter can share with the build.
struct LintLoader {
    /// The site root (holding sitegen.yml and Content/).
    let root: URL
    /// The site configuration.
    let config: SiteConfig

    /// What was loaded, and what went wrong while loading (as diagnostics, not thrown).
    struct Loaded {
        var context: LintContext
        var diagnostics: [Diagnostic] = []
    }

    /// Every Markdown file under Content/ (except static/), with its parsed document and raw text.
    func loadSite() throws -> Loaded {
        let content = root.appendingPathComponent("Content")
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw SitegenError("no Content/ folder in \(root.path)", diagnostics: [
                .error("no Content/ folder", at: SourceLocation(file: root.path), rule: "usage",
                       hint: "run sitegen lint in the site's root, pass --source DIR, or name files to lint"),
            ])
        }
        var loaded = Loaded(context: LintContext(documents: []))
        for path in Self.files(under: content) where Self.isMarkdown(path) && !path.hasPrefix("static/") {
            load(markdown: "Content/" + path, into: &loaded)
        }
        loaded.context.bibliography = bibliography(into: &loaded)
        loaded.context.site = SiteInventory.derived(from: loaded.context.documents, config: config, files: outputFiles(loaded.context.documents))
        return loaded
    }

    /// Reads and parses one Markdown file given relative to the root.
    func load(markdown path: String, into loaded: inout Loaded) {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            loaded.diagnostics.append(.error("cannot read \(path)", at: SourceLocation(file: path), rule: "usage"))
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        loaded.context.sources[path] = text
        let (document, diagnostics) = MarkdownLoading.parse(text, path: path, id: Self.documentID(path))
        loaded.context.documents.append(document)
        loaded.context.stageDiagnostics += diagnostics
    }

    /// `Content/posts/x.md` → `posts/x`; `Content/posts/x/index.md` → `posts/x`.
    static func documentID(_ path: String) -> String {
        var id = path.hasPrefix("Content/") ? String(path.dropFirst("Content/".count)) : path
        if let dot = id.lastIndex(of: "."), !id[dot...].contains("/") { id = String(id[..<dot]) }
        if id.hasSuffix("/index") { id.removeLast("/index".count) }
        return id
    }

    static func isMarkdown(_ path: String) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".markdown")
    }

    /// Regular files under `folder`, relative and sorted; hidden files skipped.
    static func files(under folder: URL) -> [String] { FileTree.files(under: folder) }

    /// Output URL paths of static files (`Content/static/x` → `/x`) and page-bundle files (beside `index.md`).
    func outputFiles(_ documents: [Document]) -> Set<String> {
        let base = SiteInventory(pages: [:], baseURL: config.baseURL).basePath
        var files = Set(Self.files(under: root.appendingPathComponent("Content/static")).map { base + $0 })
        let derived = SiteInventory.derived(from: documents, config: config)
        for (source, page) in derived.urlBySourcePath where source.hasSuffix("/index.md") {
            let folder = root.appendingPathComponent(String(source.dropLast("index.md".count)))
            for file in Self.files(under: folder) where !Self.isMarkdown(file) { files.insert(page + file) }
        }
        return files
    }
}
