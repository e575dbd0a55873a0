import Foundation
import SitegenCore
import SitegenMarkdown

/// Renders the content of the pages whose inputs changed and takes the rest from the content cache.
///
/// A page's entry is keyed by a digest of everything its rendering reads besides the recorded dependencies:
/// its source text, file, output path and kind; sitegen.yml; the build options and sitegen binary; and, for a page
/// that cites (or has `nocite`), the site's bibliography and CSL files. Pages with their own `bibliography:` or
/// `csl:` in the front matter are always rendered.
struct ContentReuse {
    let cache: ContentCache
    let previous: [String: ContentCache.Entry]
    private let site: Data
    private let citationFiles: Data
    /// Entries for this build's pages, saved when the build succeeds.
    private(set) var entries: [String: ContentCache.Entry] = [:]
    private(set) var reused = 0

    /// `previous` is the entries kept in memory by a session; nil reads them from the disk cache.
    init(cache: ContentCache, previous: [String: ContentCache.Entry]? = nil, options: BuildOptions, config: SiteConfig,
         citations: CitationStage?) {
        self.cache = cache
        self.previous = previous ?? cache.load()
        let root = options.source
        var site = Data("content-cache|\(BuildCache.fingerprint(options))|".utf8)
        for name in ["sitegen.yml", "sitegen.yaml"] {
            site.append(contentsOf: "\u{0}\(name)\u{0}".utf8)
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path) {
                site.append(contentsOf: ContentHash(data).description.utf8)
            }
        }
        self.site = site
        var files = Data()
        var paths = citations?.siteBibliographies ?? []
        if let csl = config.csl { paths.append(csl) }
        files.append(contentsOf: (citations?.siteStyle.key ?? "").utf8)
        for path in paths {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            files.append(contentsOf: "\u{0}\(path)\u{0}".utf8)
            if let data = FileManager.default.contents(atPath: url.path) { files.append(contentsOf: ContentHash(data).description.utf8) }
        }
        citationFiles = files
    }

    /// The digest of what `page`'s rendering reads besides its recorded dependencies; nil when it cannot be cached.
    func digest(_ page: SitePage) -> ContentHash? {
        guard let file = page.file, file.quarto == nil else { return nil }
        let meta = page.document.metadata.extra
        guard meta["bibliography"] == nil, meta["csl"] == nil else { return nil }
        var data = site
        for part in [file.url.path, file.displayPath, page.document.id, page.path, page.kind.rawValue] {
            data.append(0)
            data.append(contentsOf: part.utf8)
        }
        data.append(0)
        data.append(contentsOf: page.sourceText.utf8)
        if !DocumentWalk.citations(in: page.document).isEmpty || meta["nocite"] != nil {
            data.append(0)
            data.append(citationFiles)
        }
        return ContentHash(data)
    }

    /// Every page with its content rendered or reused.
    mutating func render(_ pages: [SitePage], with stage: MarkdownStage) -> [SitePage] {
        let previous = self.previous
        let reuse = self
        let results = pages.parallelMap { page -> (SitePage, ContentCache.Entry?, Bool) in
            guard let digest = reuse.digest(page) else { return (stage.render(page), nil, false) }
            if let entry = previous[page.sourcePath], entry.digest == digest, stage.stillHolds(entry.dependencies, for: page) {
                var page = page
                page.rendered.html = entry.html
                page.rendered.toc = entry.toc
                page.rendered.summary = entry.summary
                page.rendered.wordCount = entry.wordCount
                page.rendered.mathEngine = entry.mathEngine
                page.rendered.hasMath = entry.hasMath
                page.rendered.hasSidenotes = entry.hasSidenotes
                page.rendered.diagnostics = entry.renderDiagnostics + stage.imageDiagnostics(page) + entry.citationDiagnostics
                return (page, entry, true)
            }
            let recorder = DependencyRecorder()
            let rendered = stage.render(page, recorder: recorder)
            let entry = ContentCache.Entry(
                digest: digest, dependencies: recorder.dependencies, html: rendered.rendered.html, toc: rendered.rendered.toc,
                summary: rendered.rendered.summary, wordCount: rendered.rendered.wordCount,
                mathEngine: rendered.rendered.mathEngine, hasMath: rendered.rendered.hasMath,
                hasSidenotes: rendered.rendered.hasSidenotes, renderDiagnostics: recorder.renderDiagnostics,
                citationDiagnostics: recorder.citationDiagnostics)
            return (rendered, entry, false)
        }
        entries = [:]
        reused = 0
        for (page, entry, hit) in results {
            if let entry { entries[page.sourcePath] = entry }
            if hit { reused += 1 }
        }
        return results.map(\.0)
    }

    /// Stores this build's entries for the next one.
    func save() { cache.save(entries) }
}
