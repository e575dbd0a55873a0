import Foundation
import SitegenCore
import SitegenRender
import SitegenLint

/// The state of one build as it moves through its steps.
struct BuildRun {
    let options: BuildOptions
    let progress: (@Sendable (String) -> Void)?
    var summary = BuildSummary()
    var output: OutputTree?
    var config = SiteConfig()
    var urls = URLBuilder(baseURL: "http://localhost/")
    /// Set when the source is a Quarto project (`_quarto.yml`).
    var quarto: QuartoProject?

    init(options: BuildOptions, progress: (@Sendable (String) -> Void)?) {
        self.options = options
        self.progress = progress
    }

    mutating func execute() throws {
        let clock = StepClock(progress: progress)
        defer { summary.steps = clock.steps }
        try checkSource()
        let cache = options.useCache ? BuildCache(options: options) : nil
        var snapshot = cache.map { _ in clock.run("snapshot") { InputSnapshot(root: options.source) } }
        try clock.run("config") { try loadConfig() }
        var manifest: BuildCache.Manifest?
        if let cache, var current = snapshot {
            current.addConfigured(config, root: options.source)
            snapshot = current
            manifest = clock.run("cache check") { options.session?.manifest ?? cache.load() }
            if let manifest, clock.run("cache check", { isUpToDate(manifest, snapshot: current) }) {
                summary.upToDate = true
                summary.pages = manifest.header.pages
                summary.feeds = manifest.header.feeds
                summary.files = manifest.header.files
                summary.unchanged = manifest.header.files
                summary.diagnostics = manifest.header.diagnostics
                summary.nextScheduledPost = manifest.header.validUntil
                return
            }
        }
        let output = try clock.run("output folder") { try openOutput() }
        if cache != nil { output.reuse = OutputReuse(previous: manifest?.outputs ?? [:], destination: options.output) }
        let theme = try clock.run("theme") { try Theme.load(name: config.theme, siteRoot: options.source) }
        let inventory = try clock.run("scan") { try scan() }
        var (pages, unpublished) = try clock.run("parse") { try parse(inventory.files, snapshot: snapshot) }
        try clock.run("resolve") { try assignPaths(&pages) }
        try report(TagSlugCheck.diagnostics(pages))
        let links = clock.run("resolve") { () -> LinkStage in
            var left = unpublished.map(\.0)
            try? assignPaths(&left, reportDuplicates: false)
            return LinkStage(config: config, urls: urls, pages: pages, unpublished: Array(zip(left, unpublished.map(\.1))),
                             statics: inventory.statics, themeAssets: Array(theme.assets.keys), isQuarto: quarto != nil)
        }
        let citations = clock.run("bibliography") { CitationStage(config: config, root: options.source) }
        var siteErrors: [Diagnostic] = []
        for d in citations.diagnostics.map(classify) {
            if fails(d) { siteErrors.append(d) } else { summary.diagnostics.append(d) }
        }
        if !siteErrors.isEmpty { throw SitegenError("the bibliography or citation style has errors", diagnostics: siteErrors) }
        let markdown = MarkdownStage(
            config: config, urls: urls, pages: pages, citations: citations,
            contentRoot: options.source.appendingPathComponent("Content"), links: links)
        // With the cache, only pages whose inputs or recorded dependencies changed are rendered again.
        var contentReuse = cache.map { cache in
            clock.run("render content") {
                ContentReuse(cache: ContentCache(manifest: cache.file), previous: options.session?.content, options: options,
                             config: config, citations: markdown.citations)
            }
        }
        // Rendering problems and broken links are reported together, so `--strict` shows every one at once.
        var contentErrors: [Diagnostic] = []
        pages = clock.run("render content") { renderContent(pages, with: markdown, reuse: &contentReuse, errors: &contentErrors) }
        do {
            try clock.run("check links") { try report(links.diagnostics(pages)) }
        } catch let error as SitegenError {
            contentErrors += error.diagnostics
        }
        if !contentErrors.isEmpty {
            throw SitegenError("\(contentErrors.count) error(s) in content\(options.strict ? " (`--strict`)" : "")", diagnostics: contentErrors)
        }
        summary.citationStyles = citations.sources.all
        var reading = clock.run("read feeds") { ReadingStage(config: config, root: options.source) }
        summary.diagnostics += reading.diagnostics
        var analysis: AnalysisStage?
        // On by default for sites that follow feeds (where filler comes from); published for followed sources only.
        let settings = AnalysisSettings(config: config)
        if settings.enabled {
            let stage = clock.run("analyse") { AnalysisStage(pages: pages + reading.allEntries) }
            analysis = stage
            let byID = Dictionary((pages + reading.allEntries).map { ($0.document.id, $0) }) { a, _ in a }
            let urls = self.urls
            let annotate: @Sendable (SitePage) -> SitePage = { page in
                guard settings.publishes(page) else { return page }
                var page = stage.annotate(page, pagesByID: byID, urls: urls)
                if let s = stage.scores(for: page.document.id) {
                    page.rendered.scores = ["repetition": String(format: "%.2f", s.repetition), "template": String(format: "%.2f", s.template)]
                }
                return page
            }
            pages = pages.parallelMap(annotate)
            reading.updateEntries(annotate)
        }
        var homeWarning: Diagnostic?
        _ = HomeAbout.page(in: pages, config: config, warning: &homeWarning)
        if let homeWarning { summary.diagnostics.append(homeWarning) }
        let summaryFile = cache.map { $0.file.deletingPathExtension().appendingPathExtension("summaries") }
        let summaryMemo = summaryFile.map { file in SummaryMemo(previous: options.session?.summaries ?? SummaryMemo.load(file)) }
        let writer = PageWriter(config: config, urls: urls, theme: theme, output: output, pages: pages, reading: reading,
                                analysis: analysis, analysisSettings: settings,
                                citationStyle: markdown.citations?.siteStyle.style ?? .builtinAuthorDate,
                                themeKey: RenderKey.theme(config.theme, root: options.source, options: options), summaryMemo: summaryMemo)
        summary.pages = try clock.run("render pages") { try writer.writeAll() }
        if writer.hasSearch {
            summary.searchIndexBytes = try clock.run("search index") {
                let data = try SearchIndex(pages: writer.posts + writer.others.filter { $0.kind == .page }).json()
                try output.write(SearchIndex.path, data)
                return data.count
            }
        }
        summary.htmlBytes = output.htmlBytes
        if config.extra[QuartoBuild.noFeedsKey] == nil {
            summary.feeds = try clock.run("feeds") { try FeedStage(config: config, urls: urls, output: output, markdown: markdown).write(writer.posts) }
        }
        try clock.run("copy files") { try copyFiles(inventory, pages: pages, theme: theme, output: output) }
        summary.files = output.fileCount
        try clock.run("commit") { try output.commit() }
        // The output folder's marker is not counted among the files.
        summary.unchanged = (output.reuse?.linked ?? 0) - (output.reuse?.wasLinked(OutputFolderCheck.marker) == true ? 1 : 0)
        summary.renderSkipped = output.reuse?.renderSkipped ?? 0
        if let cache, let snapshot {
            clock.run("save cache") {
                save(cache, snapshot: snapshot, output: output, content: contentReuse)
                if let summaryMemo, let summaryFile {
                    if let session = options.session { session.replaceSummaries(summaryMemo.entries) } else { summaryMemo.save(summaryFile) }
                }
            }
        }
    }

    /// True when the manifest's options, binary and inputs are today's, no scheduled post has come due, and the
    /// output folder is exactly as the manifest left it.
    private func isUpToDate(_ manifest: BuildCache.Manifest, snapshot: InputSnapshot) -> Bool {
        guard manifest.header.fingerprint == BuildCache.fingerprint(options) else { return false }
        if let due = manifest.header.validUntil, due <= options.now { return false }
        return snapshot.matches(manifest.inputs, root: options.source) && OutputReuse.outputMatches(options.output, manifest.outputs)
    }

    /// Saves the manifest and the content entries; with a session they are kept in memory and written by its
    /// `persist()`.
    private func save(_ cache: BuildCache, snapshot: InputSnapshot, output: OutputTree, content: ContentReuse?) {
        let reuse = output.reuse ?? OutputReuse(previous: [:], destination: options.output)
        let header = BuildCache.Manifest.Header(
            fingerprint: BuildCache.fingerprint(options), snapshotTime: snapshot.time, validUntil: summary.nextScheduledPost,
            pages: summary.pages, feeds: summary.feeds, files: summary.files, diagnostics: summary.diagnostics)
        let manifest = BuildCache.Manifest(header: header, inputs: snapshot.records, outputs: reuse.committedRecords())
        if let session = options.session {
            session.keep(manifest, in: cache, content: content?.entries, contentCache: content?.cache)
        } else {
            cache.save(manifest)
            content?.save()
        }
    }

    private mutating func loadConfig() throws {
        if QuartoProject.isProject(options.source) {
            let project = try SitegenError.withContext("cannot read the Quarto project") { try QuartoProject.load(root: options.source) }
            quarto = project
            config = try QuartoBuild.config(project, root: options.source, diagnostics: &summary.diagnostics)
            if options.baseURL != nil { config.extra[QuartoBuild.noFeedsKey] = nil }
        } else {
            let loaded = try SitegenError.withContext("cannot load sitegen.yml") { try SiteConfigLoader.load(root: options.source) }
            config = loaded.config
            summary.diagnostics += loaded.diagnostics
        }
        if let base = options.baseURL { config.baseURL = base.hasSuffix("/") ? base : base + "/" }
        if !config.hasBaseURL {
            // As Quarto without `site-url`: no feeds, sitemap or canonical links rather than URLs on a made-up host.
            config.extra[QuartoBuild.noFeedsKey] = .bool(true)
            if quarto == nil {
                summary.diagnostics.append(.warning(
                    "sitegen.yml has no base_url: building without feeds, a sitemap or canonical links",
                    at: SourceLocation(file: "sitegen.yml"), rule: "missing-base-url",
                    hint: "add `base_url: https://example.org/` (where the site is published) to sitegen.yml, or pass --base-url"))
            }
        } else {
            config.extra[QuartoBuild.noFeedsKey] = nil
        }
        let missing = summary.diagnostics.filter { $0.ruleID == "missing-base-url" }
        summary.diagnostics.removeAll { $0.ruleID == "missing-base-url" }
        try report(missing)
        urls = URLBuilder(baseURL: config.baseURL)
    }

    /// A source that is not a folder is a usage error (exit 2), not a failed build.
    private func checkSource() throws {
        var isDirectory: ObjCBool = false
        let path = options.source.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let what = FileManager.default.fileExists(atPath: path) ? "is not a folder" : "does not exist"
            throw SitegenError("the site folder \(path) \(what)", diagnostics: [
                .error("the site folder \(what)", at: SourceLocation(file: path),
                       hint: "pass the folder holding sitegen.yml and Content/ with --source"),
            ], isUsageError: true)
        }
    }

    private mutating func scan() throws -> ContentScanner.Inventory {
        guard let quarto else {
            let inventory = try ContentScanner(root: options.source).scan()
            if let note = ContentScanner.skippedNote(inventory.skipped) { summary.diagnostics.append(note) }
            return inventory
        }
        return QuartoBuild.scan(quarto, output: options.output, config: &config, diagnostics: &summary.diagnostics)
    }

    /// Checks and locks the output folder before any work, so a refusal or a concurrent build is found at once.
    private mutating func openOutput() throws -> OutputTree {
        let progress = self.progress
        let output = try OutputTree(destination: options.output, source: options.source, force: options.force,
                                    lockTimeout: options.lockTimeout, waiting: { message in progress?(message) ?? FileHandle.standardError.write(Data((message + "\n").utf8)) })
        self.output = output
        summary.diagnostics += output.notices
        return output
    }

    /// The pages to build, and those left out (drafts, scheduled posts) with why, so links to them are reported.
    private mutating func parse(_ files: [ContentFile], snapshot: InputSnapshot?) throws -> ([SitePage], [(SitePage, String)]) {
        let parsed: [(SitePage?, [Diagnostic])]
        if let session = options.session, let snapshot {
            let reuse = ParseReuse(session: session, snapshot: snapshot)
            parsed = reuse.parse(files)
            summary.parseReused = reuse.reused
        } else {
            parsed = files.parallelMap { file in MarkdownStage.parse(file) }
        }
        var pages: [SitePage] = []
        var unpublished: [(SitePage, String)] = []
        var errors: [Diagnostic] = []
        var unknownShortcodes: Set<String> = []
        for (page, diagnostics) in parsed {
            errors += diagnostics.filter { $0.severity == .error }
            // An unknown shortcode is reported once per name for the whole site.
            summary.diagnostics += diagnostics.filter {
                $0.severity != .error && ($0.ruleID != "unknown-shortcode" || unknownShortcodes.insert($0.message).inserted)
            }
            guard let page else { continue }
            let meta = page.document.metadata
            if !options.includeDrafts, let reason = SiteInventory.unpublishedReason(meta, isPost: page.kind == .post, now: options.now) {
                if !meta.draft, let date = meta.date { summary.nextScheduledPost = min(summary.nextScheduledPost ?? date, date) }
                unpublished.append((page, reason))
                continue
            }
            pages.append(page)
        }
        if !errors.isEmpty { throw SitegenError("\(errors.count) error(s) in content", diagnostics: errors) }
        return (pages, unpublished)
    }

    private func assignPaths(_ pages: inout [SitePage], reportDuplicates: Bool = true) throws {
        var seen: [String: String] = [:]
        var errors: [Diagnostic] = []
        for i in pages.indices {
            let page = pages[i]
            let slug = page.document.metadata.slug.map(Slugger.slug).flatMap { $0.isEmpty ? nil : $0 } ?? page.file?.slug ?? "untitled"
            let pattern = config.permalinks[page.kind == .post ? "posts" : "pages"] ?? "/:slug/"
            let path = page.file?.outputPath ?? URLBuilder.path(pattern: pattern, slug: slug, date: page.date)
            pages[i].path = path
            if let other = seen[path] {
                errors.append(.error(
                    "\(page.sourcePath) and \(other) both make the page /\(path)",
                    at: SourceLocation(file: page.sourcePath, line: 1, column: 1), rule: "duplicate-url",
                    hint: "give one of them another file name or a `slug:` in its front matter"))
            } else {
                seen[path] = page.sourcePath
            }
        }
        if reportDuplicates && !errors.isEmpty { throw SitegenError("two pages have the same URL", diagnostics: errors) }
    }

    /// Content problems that fail the build only with `--strict`: without it a missing key, label, link target or
    /// image is reported at the severity `sitegen lint` gives it (the same rule id, message and location), and the
    /// page is still written. docs/diagnostics.md has the table.
    static let strictRules: Set<String> = [
        "undefined-citation", "unresolved-cross-reference", "missing-bibliography", "duplicate-citation-key",
        "bibliography-syntax", "csl-style", "duplicate-label",
        "broken-internal-link", "broken-anchor", "missing-image", "unpublished-link", "date-format", "tag-slug-collision",
        "missing-base-url",
    ]

    /// Rules in `strictRules` are errors with `--strict`; without it they keep the severity their lint rule has
    /// (a warning for problems lint does not check).
    private func classify(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let rule = diagnostic.ruleID, Self.strictRules.contains(rule) else { return diagnostic }
        var d = diagnostic
        d.severity = options.strict ? .error : (RuleRegistry.rule(id: rule)?.description.defaultSeverity ?? .warning)
        return d
    }

    /// True when `diagnostic` fails the build: an error outside `strictRules`, or any of them with `--strict`.
    private func fails(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == .error else { return false }
        return options.strict || !(diagnostic.ruleID.map(Self.strictRules.contains) ?? false)
    }

    /// Adds classified diagnostics to the summary; throws when one fails the build.
    private mutating func report(_ diagnostics: [Diagnostic]) throws {
        var errors: [Diagnostic] = []
        for d in diagnostics.map(classify) {
            if fails(d) { errors.append(d) } else { summary.diagnostics.append(d) }
        }
        if !errors.isEmpty { throw SitegenError("\(errors.count) problem(s) fail the build with --strict", diagnostics: errors) }
    }

    private mutating func renderContent(
        _ pages: [SitePage], with stage: MarkdownStage, reuse: inout ContentReuse?, errors: inout [Diagnostic]
    ) -> [SitePage] {
        let rendered = reuse == nil ? pages.parallelMap { stage.render($0) } : reuse!.render(pages, with: stage)
        summary.contentReused = reuse?.reused ?? 0
        var seen: Set<Diagnostic> = []
        for page in rendered {
            for d in page.rendered.diagnostics.map(classify) where seen.insert(d).inserted {
                if fails(d) { errors.append(d) } else { summary.diagnostics.append(d) }
            }
        }
        return rendered
    }

    private func copyFiles(_ inventory: ContentScanner.Inventory, pages: [SitePage], theme: Theme, output: OutputTree) throws {
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { try output.write(path, data) }
        for (url, path) in inventory.statics { try output.copy(url, to: path) }
        for page in pages {
            if let file = page.file, let freeze = file.quarto?.freezeFolder {
                try QuartoBuild.copyFrozenFigures(freeze, stem: file.quarto?.stem ?? "index", pagePath: page.path, output: output)
            }
            guard let bundle = page.file?.bundle else { continue }
            let index = page.file?.url.lastPathComponent ?? "index.md"
            for rel in ContentScanner.files(under: bundle) where rel != index {
                try output.copy(bundle.appendingPathComponent(rel), to: page.path + rel)
            }
        }
    }
}
