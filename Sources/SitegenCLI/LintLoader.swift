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
        let paths = Self.files(under: content).filter { Self.isSource($0) && !$0.hasPrefix("static/") }.map { "Content/" + $0 }
        // Parse on all cores, then add in path order so the context is the same every run.
        let root = self.root
        let parsed = paths.parallelMap { Self.read($0, root: root) }
        for (path, result) in zip(paths, parsed) { add(result, path: path, into: &loaded) }
        loaded.context.bibliography = bibliography(into: &loaded)
        loaded.context.site = SiteInventory.derived(from: loaded.context.documents, config: config, files: outputFiles(loaded.context.documents))
        return loaded
    }

    /// Reads and parses one Markdown file given relative to the root.
    func load(markdown path: String, into loaded: inout Loaded) {
        add(Self.read(path, root: root), path: path, into: &loaded)
    }

    /// A file's text and parse, or nil when it cannot be read.
    static func read(_ path: String, root: URL) -> (text: String, document: Document, diagnostics: [Diagnostic])? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let (document, diagnostics) = MarkdownLoading.parse(text, path: path, id: documentID(path))
        return (text, document, diagnostics)
    }

    func add(_ result: (text: String, document: Document, diagnostics: [Diagnostic])?, path: String, into loaded: inout Loaded) {
        guard let result else {
            loaded.diagnostics.append(.error("cannot read \(path)", at: SourceLocation(file: path), rule: "usage"))
            return
        }
        loaded.context.sources[path] = result.text
        loaded.context.documents.append(result.document)
        loaded.context.stageDiagnostics += result.diagnostics
    }

    /// `Content/posts/x.md` → `posts/x`; `Content/posts/x/index.md` → `posts/x`.
    static func documentID(_ path: String) -> String {
        var id = path.hasPrefix("Content/") ? String(path.dropFirst("Content/".count)) : path
        if let dot = id.lastIndex(of: "."), !id[dot...].contains("/") { id = String(id[..<dot]) }
        if id.hasSuffix("/index") { id.removeLast("/index".count) }
        return id
    }

    /// The files the build reads as posts and pages: Markdown, and Quarto and R Markdown documents.
    static func isSource(_ path: String) -> Bool {
        ["md", "markdown", "qmd", "rmd", "rmarkdown"].contains((path as NSString).pathExtension.lowercased())
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
