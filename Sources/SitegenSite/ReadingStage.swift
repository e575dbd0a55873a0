import Foundation
import SitegenCore
import SitegenFeeds

/// Turns ingested feeds (read from the cache, never the network) into the Reading section: one page per entry
/// that carries full content (sanitised), listings per source and for all sources.
struct ReadingStage {
    /// One source with its entries' pages, newest first.
    struct Source: Sendable {
        var name: String
        var slug: String
        var link: String?
        var entries: [SitePage]
    }

    private(set) var sources: [Source]
    let diagnostics: [Diagnostic]

    /// Reads the cache for the sources in `config`; local paths are read from disk.
    init(config: SiteConfig, root: URL) {
        guard !config.feeds.isEmpty else {
            sources = []
            diagnostics = []
            return
        }
        let result = FeedIngestor(siteRoot: root).cached(config.feeds)
        var slugs = Slugger()
        var sources: [Source] = []
        for ingested in result.feeds {
            let slug = slugs.unique(ingested.name, fallback: "source")
            var entrySlugs = Slugger()
            let sanitizer = HTMLSanitizer(baseURL: ingested.feed.link)
            let entries: [SitePage] = ingested.feed.entries.map { entry in
                var document = FeedDocumentConverter.document(for: entry, in: ingested.feed, extraTags: ingested.source.tags)
                document.metadata.extra["source_name"] = .string(ingested.name)
                document.metadata.extra["source_slug"] = .string(slug)
                // Many RSS feeds put the whole post in <description>: a long summary counts as full content.
                let hasPage = entry.content != nil || (entry.summary?.utf8.count ?? 0) > 1500
                let entrySlug = entrySlugs.unique(entry.title, fallback: "entry")
                var page = SitePage(kind: .entry, document: document, file: nil,
                                    path: hasPage ? "reading/\(slug)/\(entrySlug)/" : "")
                let html = entry.content ?? entry.summary ?? ""
                page.rendered.html = HTMLSanitizer(baseURL: entry.link ?? sanitizer.baseURL).sanitize(html)
                page.rendered.summary = Self.summary(of: document, fallback: entry.summary)
                return page
            }
            sources.append(Source(name: ingested.name, slug: slug, link: ingested.feed.link, entries: entries))
        }
        self.sources = sources
        diagnostics = result.diagnostics
    }

    /// Applies `transform` to every entry.
    mutating func updateEntries(_ transform: (SitePage) -> SitePage) {
        for i in sources.indices { sources[i].entries = sources[i].entries.map(transform) }
    }

    /// Entries that get a page of their own.
    var pages: [SitePage] { sources.flatMap { $0.entries.filter { !$0.path.isEmpty } } }

    /// Every entry of every source, newest first.
    var allEntries: [SitePage] { sources.flatMap(\.entries).sorted(by: PageWriter.newestFirst) }

    private static func summary(of document: Document, fallback: String?) -> String {
        let text = PlainText.of(document.root.flattened.flatMap(\.blocks).prefix(3).map { $0 })
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > 300 else { return text }
        let cut = text.prefix(300)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}
