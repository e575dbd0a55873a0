import Foundation
import SitegenCore
import SitegenBibliography
import SitegenRender

/// Renders every HTML page through the theme and writes it: posts, pages, the paginated home page,
/// tags, the archive, 404, alias redirects, plus sitemap.xml and robots.txt.
struct PageWriter: Sendable {
    let config: SiteConfig
    let urls: URLBuilder
    let theme: Theme
    let output: OutputTree
    /// Posts, newest first (ties broken by path so output is deterministic).
    let posts: [SitePage]
    let others: [SitePage]
    let reading: ReadingStage
    let analysis: AnalysisStage?
    /// Whose analysis results are published.
    let analysisSettings: AnalysisSettings
    let context: TemplateContext
    /// Rendered listing entries by document id, filled once before any listing is written.
    let summaries = SummaryStore()
    /// The site's citation style, for "cite this post".
    let citationStyle: CSLStyle
    /// The theme's templates and sitegen's own, as part of every `RenderKey` (used with the build cache).
    let themeKey: ContentHash
    /// With the build cache: listing entries rendered by the previous build, by `RenderKey`.
    let summaryMemo: SummaryMemo?

    init(config: SiteConfig, urls: URLBuilder, theme: Theme, output: OutputTree, pages: [SitePage], reading: ReadingStage,
         analysis: AnalysisStage? = nil, analysisSettings: AnalysisSettings? = nil, citationStyle: CSLStyle = .builtinAuthorDate,
         themeKey: ContentHash = ContentHash(Data()), summaryMemo: SummaryMemo? = nil) {
        let settings = analysisSettings ?? AnalysisSettings(config: config)
        // The report lists followed sources (and the site's own posts only when it asks): nothing to list, no report.
        self.analysis = settings.showOnOwnPosts || !reading.sources.isEmpty ? analysis : nil
        self.analysisSettings = settings
        self.citationStyle = citationStyle
        self.themeKey = themeKey
        self.summaryMemo = summaryMemo
        self.config = config
        self.urls = urls
        self.theme = theme
        self.output = output
        self.reading = reading
        posts = pages.filter { $0.kind == .post }.sorted(by: Self.newestFirst)
        others = (pages.filter { $0.kind != .post } + reading.pages).sorted { $0.path < $1.path }
        context = TemplateContext(config: config, urls: urls, pages: pages, hasReading: !reading.sources.isEmpty, hasRepetition: self.analysis != nil)
    }

    /// The page `home: {about: …}` shows on the home page.
    var homeAbout: SitePage? {
        var ignored: Diagnostic?
        return HomeAbout.page(in: others, config: config, warning: &ignored)
    }

    /// True unless `sitegen.yml` says `search: false`: the search page, its index and the header's search box.
    var hasSearch: Bool { context.hasSearch }

    static func newestFirst(_ a: SitePage, _ b: SitePage) -> Bool {
        let da = a.date ?? .distantPast, db = b.date ?? .distantPast
        return da != db ? da > db : a.path < b.path
    }

    /// Writes everything; returns the number of HTML pages.
    func writeAll() throws -> Int {
        try renderSummaries()
        let indices = Array(posts.indices)
        _ = try indices.parallelMap { i in
            let newer = i > 0 ? posts[i - 1] : nil
            let older = i + 1 < posts.count ? posts[i + 1] : nil
            var extra: [String: Any] = [:]
            if let cite = CiteThisPost(page: posts[i], config: config, urls: urls, style: citationStyle) {
                extra = cite.context
                extra["citeBase"] = posts[i].citeFilePrefix
                try output.write(posts[i].citeFolder + posts[i].citeFilePrefix + "cite.bib", text: cite.bibtex)
                try output.write(posts[i].citeFolder + posts[i].citeFilePrefix + "cite.json", text: cite.cslJSON)
            }
            try write(posts[i], template: "post", context: context.page(posts[i], newer: newer, older: older, extra: extra))
        }
        _ = try others.parallelMap { page in
            try write(page, template: page.kind == .entry ? "entry" : "page", context: context.page(page, newer: nil, older: nil))
        }
        var count = posts.count + others.count
        count += try writeHome()
        count += try writeTags()
        count += try writeReading()
        count += try writeRepetition()
        try render("archive", archiveContext(), to: "archive/index.html")
        try render("404", context.simple(kind: "404", title: "Page not found", path: "404.html"), to: "404.html")
        count += 2
        if hasSearch {
            let search = context.simple(kind: "search", title: "Search", path: "search/",
                                        extra: ["index": urls.relative(SearchIndex.path)])
            try render("search", search, to: "search/index.html")
            count += 1
        }
        count += try writeAliases()
        // A site without a base URL (`site-url` in Quarto) has no sitemap, as in Quarto: its URLs would not be absolute.
        if config.extra[QuartoBuild.noFeedsKey] == nil {
            try output.write("sitemap.xml", text: Sitemap(urls: urls).xml(posts + others))
            try output.write("robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(urls.absolute("sitemap.xml"))\n")
        }
        return count
    }

    /// Each post's listing entry is rendered once (`summary` template) and reused by the home page, tag pages
    /// and the Reading section, instead of being rendered again in every listing it appears in.
    private func renderSummaries() throws {
        let all = posts + reading.allEntries
        let rendered = try all.parallelMap { page -> (String, SummaryStore.Entry) in
            var item = context.listItem(page)
            if let summaryMemo, let key = RenderKey.of(template: "summary", theme: themeKey, context: item) {
                item["html"] = try summaryMemo.html(key) { try theme.render("summary", item) }
            } else {
                item["html"] = try theme.render("summary", item)
            }
            return (Self.summaryKey(page), SummaryStore.Entry(context: item))
        }
        summaries.store(Dictionary(rendered) { first, _ in first })
    }

    static func summaryKey(_ page: SitePage) -> String { page.document.id }

    private func write(_ page: SitePage, template: String, context: [String: Any]) throws {
        try SitegenError.withContext("cannot render \(page.sourcePath)") {
            try render(template, context, to: page.outputFile)
        }
    }

    /// With the build cache, an output whose template, theme and context are those it was last rendered from is
    /// linked from the previous output instead of rendered (`RenderKey`).
    private func render(_ template: String, _ context: [String: Any], to path: String) throws {
        let key = output.reuse == nil ? nil : RenderKey.of(template: template, theme: themeKey, context: context)
        try output.write(path, key: key) { try theme.render(template, context) }
    }

    private func writeHome() throws -> Int {
        // A Quarto listing page decides where the listing goes, its heading and its type (default, grid, table).
        let base = config.extra[QuartoBuild.listingPathKey]?.stringValue ?? ""
        guard !output.contains(base + "index.html") else { return 0 }
        let heading = config.extra[QuartoBuild.listingTitleKey]?.stringValue ?? "Recent posts"
        let listing = Pagination(items: posts, perPage: config.paginate, basePath: base)
        _ = try Array(listing.pages.indices).parallelMap { i in
            let page = listing.pages[i]
            var extra: [String: Any] = ["heading": page.number == 1 ? heading : "\(heading), page \(page.number)"]
            if let type = config.extra[QuartoBuild.listingTypeKey]?.stringValue {
                extra["listingType"] = type
                extra[type == "table" ? "listingTable" : "listingCards"] = true
            }
            let intro = config.extra[QuartoBuild.listingIntroKey]?.stringValue ?? ""
            if page.number == 1, let about = homeAbout {
                extra["about"] = about.rendered.html
                extra["aboutTitle"] = about.title
                extra["aboutURL"] = urls.relative(about.path)
            }
            var ctx = context.simple(kind: "home", title: page.number == 1 && base.isEmpty ? config.title : heading, path: page.path,
                                     description: intro, extra: extra)
            ctx["list"] = listing.context(page, urls: urls) { item($0) }
            try render("list", ctx, to: page.path + "index.html")
        }
        if let alias = config.extra[QuartoBuild.listingAliasKey]?.stringValue, !output.contains(alias) {
            try render("alias", ["site": context.site, "target": urls.best(base)], to: alias)
        }
        return listing.pages.count
    }

    private func writeTags() throws -> Int {
        var byTag: [String: (name: String, posts: [SitePage])] = [:]
        for post in posts {
            for tag in post.document.metadata.tags {
                guard let slug = TemplateContext.tagSlug(tag) else { continue }
                byTag[slug, default: (tag, [])].posts.append(post)
            }
        }
        let sorted = byTag.sorted { $0.key < $1.key }
        let cloud: [[String: Any]] = sorted.map { ["name": $0.value.name, "url": urls.relative("tags/\($0.key)/"), "count": $0.value.posts.count] }
        try render("tags", context.simple(kind: "tags", title: "Tags", path: "tags/", extra: [:]).merging(["tags": cloud]) { $1 }, to: "tags/index.html")
        let counts = try sorted.map { ($0.key, $0.value.name, $0.value.posts) }.parallelMap { slug, name, posts in
            try writeTag(slug: slug, name: name, posts: posts)
        }
        return 1 + counts.reduce(0, +)
    }

    private func writeTag(slug: String, name: String, posts: [SitePage]) throws -> Int {
        // One page per tag listing all its posts, as Hugo and Zola themes do: pagination is for the home page.
        let listing = Pagination(items: posts, perPage: max(posts.count, 1), basePath: "tags/\(slug)/")
        let feeds: [[String: String]] = config.extra[QuartoBuild.noFeedsKey] != nil ? [] : [
            ["type": "application/rss+xml", "title": "\(name) (RSS)", "url": urls.absolute("tags/\(slug)/index.xml")],
            ["type": "application/atom+xml", "title": "\(name) (Atom)", "url": urls.absolute("tags/\(slug)/atom.xml")],
            ["type": "application/feed+json", "title": "\(name) (JSON Feed)", "url": urls.absolute("tags/\(slug)/feed.json")],
        ]
        for page in listing.pages {
            var ctx = context.simple(kind: "tag", title: "Posts tagged “\(name)”", path: page.path, extra: ["feeds": feeds])
            ctx["list"] = listing.context(page, urls: urls) { item($0) }
            try render("list", ctx, to: page.path + "index.html")
        }
        return listing.pages.count
    }

    /// A listing item: the keys of `TemplateContext.listItem` plus the pre-rendered `html`.
    private func item(_ page: SitePage) -> [String: Any] {
        if let entry = summaries[Self.summaryKey(page)] { return entry.context }
        var item = context.listItem(page)
        item["html"] = ""
        return item
    }

    private func writeReading() throws -> Int {
        guard !reading.sources.isEmpty else { return 0 }
        var count = 0
        let sources: [[String: Any]] = reading.sources.map {
            ["name": $0.name, "url": urls.relative("reading/\($0.slug)/"), "count": $0.entries.count]
        }
        var listings: [(path: String, title: String, entries: [SitePage])] = [("reading/", config.readingTitle, reading.allEntries)]
        for source in reading.sources { listings.append(("reading/\(source.slug)/", source.name, source.entries)) }
        for listing in listings {
            let pagination = Pagination(items: listing.entries, perPage: config.paginate * 2, basePath: listing.path)
            for page in pagination.pages {
                var ctx = context.simple(kind: "reading", title: listing.title, path: page.path,
                                         extra: ["intro": "Posts from the feeds this site follows, linked to their original pages.", "sources": sources])
                ctx["list"] = pagination.context(page, urls: urls) { item($0) }
                try render("list", ctx, to: page.path + "index.html")
                count += 1
            }
        }
        return count
    }

    /// `/repetition/`: the site's posts and each followed source ranked by how much they restate themselves.
    private func writeRepetition() throws -> Int {
        guard let analysis else { return 0 }
        let all = (posts + reading.allEntries).filter(analysisSettings.publishes)
        let rows: [[String: Any]] = analysis.sourceRows(pages: all, urls: urls, siteTitle: config.title).map {
            ["name": $0.name, "url": $0.url, "documents": $0.documents, "meanRepetition": String(format: "%.2f", $0.meanRepetition),
             "meanTemplate": String(format: "%.2f", $0.meanTemplate), "maxRepetition": String(format: "%.2f", $0.maxRepetition),
             "findings": $0.findings]
        }
        let ranked = all.compactMap { page -> (SitePage, Double, Double)? in
            guard let s = analysis.scores(for: page.document.id) else { return nil }
            return (page, s.repetition, s.template)
        }.sorted { ($0.1, $0.2, $1.0.path) > ($1.1, $1.2, $0.0.path) }.prefix(25)
        let top: [[String: Any]] = ranked.map { page, repetition, template in
            let url = page.path.isEmpty ? (page.document.metadata.link ?? "") : urls.relative(page.path)
            return ["title": page.title, "url": url, "repetition": String(format: "%.2f", repetition), "template": String(format: "%.2f", template)]
        }
        var ctx = context.simple(kind: "repetition", title: "Repetition report", path: "repetition/",
                                 description: "Which sources restate themselves: rewritten sections, templates and repeated claims.")
        ctx["sources"] = rows
        ctx["documents"] = top
        ctx["hasDocuments"] = !top.isEmpty
        try render("repetition", ctx, to: "repetition/index.html")
        return 1
    }

    private func archiveContext() -> [String: Any] {
        var years: [Int: [SitePage]] = [:]
        for post in posts { years[post.date.map(DateText.year) ?? 0, default: []].append(post) }
        let list: [[String: Any]] = years.sorted { $0.key > $1.key }.map { year, posts in
            ["year": year == 0 ? "Undated" : String(year), "posts": posts.map { item($0) }]
        }
        return context.simple(kind: "archive", title: "Archive", path: "archive/").merging(["years": list]) { $1 }
    }

    private func writeAliases() throws -> Int {
        var count = 0
        for page in posts + others {
            for alias in page.document.metadata.aliases {
                var path = alias.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
                guard !path.isEmpty else { continue }
                if !path.hasSuffix(".html") { path += "/index.html" }
                guard !output.contains(path) else { continue }
                let ctx: [String: Any] = ["site": context.site, "target": urls.best(page.path)]
                try render("alias", ctx, to: path)
                count += 1
            }
        }
        return count
    }
}
