import Foundation
import SitegenCore

/// Fetches the feeds a site names into the cache, and reads them back for builds.
///
/// A source that fails (network, HTTP status, not a feed) yields a warning and its cached entries, so a good
/// copy is never lost; entries are de-duplicated by id across fetches and kept after they leave the feed,
/// up to the source's `limit` (or `defaultLimit`).
public struct FeedIngestor: Sendable {
    /// The site root; local sources are relative to it.
    public var siteRoot: URL
    /// The cache.
    public var cache: FeedCache
    /// The HTTP client.
    public var fetcher: FeedFetcher
    /// Entries kept per source when it sets no `limit`.
    public var defaultLimit: Int
    /// Sources fetched at the same time.
    public var concurrency: Int
    private let now: @Sendable () -> Date

    /// Creates an ingestor; the cache defaults to `.sitegen/cache/feeds` under the site root.
    public init(
        siteRoot: URL, cacheDirectory: URL? = nil, fetcher: FeedFetcher = FeedFetcher(), defaultLimit: Int = 500,
        concurrency: Int = 4, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.siteRoot = siteRoot
        self.cache = FeedCache(directory: cacheDirectory ?? FeedCache.defaultDirectory(siteRoot: siteRoot))
        self.fetcher = fetcher
        self.defaultLimit = defaultLimit
        self.concurrency = max(1, concurrency)
        self.now = now
    }

    /// Fetches every source (local ones are read), updates the cache, and returns the merged feeds.
    public func ingest(_ sources: [SiteConfig.FeedSource]) async -> FeedIngestResult {
        var outcomes = [SourceOutcome?](repeating: nil, count: sources.count)
        await withTaskGroup(of: (Int, SourceOutcome).self) { group in
            var next = 0
            func launch() {
                let index = next
                let source = sources[index]
                group.addTask { (index, await self.ingest(source)) }
                next += 1
            }
            while next < min(concurrency, sources.count) { launch() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                if next < sources.count { launch() }
            }
        }
        return Self.combine(outcomes.compactMap { $0 })
    }

    /// Reads every source from the cache without network access; local sources are read from disk.
    public func cached(_ sources: [SiteConfig.FeedSource]) -> FeedIngestResult {
        Self.combine(sources.map(cachedOutcome))
    }

    /// Reads one feed as parsed, without touching the cache: a URL is fetched, anything else is a path
    /// relative to `root` (what `sitegen ingest --inspect` prints).
    public static func inspect(_ location: String, relativeTo root: URL, fetcher: FeedFetcher = FeedFetcher()) async throws -> Feed {
        let source = SiteConfig.FeedSource(location: location)
        if source.isRemote {
            let result: FetchResult
            do {
                result = try await fetcher.fetch(location)
            } catch {
                throw SitegenError("failed to fetch \(location): \(error)")
            }
            return try FeedParser.parse(result.body, source: location, charset: result.charset, baseURL: result.finalURL)
        }
        let data = try readLocal(location, root: root, limit: fetcher.options.maxBytes)
        return try FeedParser.parse(data, source: location)
    }

    // MARK: - One source

    struct SourceOutcome {
        var feed: IngestedFeed?
        var diagnostics: [Diagnostic]
    }

    private func ingest(_ source: SiteConfig.FeedSource) async -> SourceOutcome {
        let previous = cache.load(source.location)
        let download: Download
        do {
            download = try await self.download(source, previous: previous?.metadata)
        } catch {
            return fallback(source, previous: previous, problem: "failed to fetch \(source.location): \(error)")
        }
        if download.notModified, let previous {
            var metadata = previous.metadata
            metadata.checkedAt = now()
            let feed = merge(previous.feed, previous: nil, limit: source.limit ?? defaultLimit)
            return store(source, CachedFeed(metadata: metadata, feed: feed), raw: nil, origin: .notModified)
        }
        let parsed: Feed
        do {
            parsed = try FeedParser.parse(download.body, source: source.location, charset: download.charset, baseURL: download.finalURL)
        } catch {
            return fallback(source, previous: previous, problem: "\(error)")
        }
        let merged = merge(parsed, previous: previous?.feed, limit: source.limit ?? defaultLimit)
        let metadata = FeedCacheMetadata(
            location: source.location, etag: download.etag, lastModified: download.lastModified, fetchedAt: now(),
            checkedAt: now(), finalURL: download.finalURL, charset: download.charset, entriesSeen: merged.entries.count)
        var outcome = store(source, CachedFeed(metadata: metadata, feed: merged), raw: download.body, origin: .fresh)
        outcome.diagnostics.insert(contentsOf: Self.wellFormedness(parsed), at: 0)
        return outcome
    }

    private struct Download {
        var body = Data()
        var notModified = false
        var finalURL: String?
        var etag: String?
        var lastModified: String?
        var charset: String?
    }

    private func download(_ source: SiteConfig.FeedSource, previous: FeedCacheMetadata?) async throws -> Download {
        guard source.isRemote else {
            return Download(body: try Self.readLocal(source.location, root: siteRoot, limit: fetcher.options.maxBytes))
        }
        let result = try await fetcher.fetch(source.location, etag: previous?.etag, lastModified: previous?.lastModified)
        return Download(
            body: result.body, notModified: result.notModified, finalURL: result.finalURL,
            etag: result.etag ?? (result.notModified ? previous?.etag : nil),
            lastModified: result.lastModified ?? (result.notModified ? previous?.lastModified : nil),
            charset: result.charset)
    }

    private func store(_ source: SiteConfig.FeedSource, _ cached: CachedFeed, raw: Data?, origin: IngestedFeed.Origin) -> SourceOutcome {
        var diagnostics: [Diagnostic] = []
        do {
            try cache.store(cached, raw: raw)
        } catch {
            diagnostics.append(.warning("\(error)", at: SourceLocation(file: source.location), rule: "feed-cache"))
        }
        return SourceOutcome(feed: IngestedFeed(source: source, feed: cached.feed, origin: origin), diagnostics: diagnostics)
    }

    private func fallback(_ source: SiteConfig.FeedSource, previous: CachedFeed?, problem: String) -> SourceOutcome {
        let location = SourceLocation(file: source.location)
        guard let previous else {
            return SourceOutcome(feed: nil, diagnostics: [.warning(
                "\(problem); no cached copy, so its entries are left out", at: location, rule: "feed-fetch-failed",
                hint: "check the URL or path in sitegen.yml, then run `sitegen ingest` again")])
        }
        let when = previous.metadata.fetchedAt.map { " from " + RFCDate.rfc3339($0) } ?? ""
        let feed = merge(previous.feed, previous: nil, limit: source.limit ?? defaultLimit)
        return SourceOutcome(
            feed: IngestedFeed(source: source, feed: feed, origin: .cache),
            diagnostics: [.warning("\(problem); using the cached copy\(when)", at: location, rule: "feed-fetch-failed")])
    }

    private func cachedOutcome(_ source: SiteConfig.FeedSource) -> SourceOutcome {
        let previous = cache.load(source.location)
        if !source.isRemote {
            do {
                let data = try Self.readLocal(source.location, root: siteRoot, limit: fetcher.options.maxBytes)
                let parsed = try FeedParser.parse(data, source: source.location)
                let merged = merge(parsed, previous: previous?.feed, limit: source.limit ?? defaultLimit)
                return SourceOutcome(
                    feed: IngestedFeed(source: source, feed: merged, origin: .fresh), diagnostics: Self.wellFormedness(parsed))
            } catch {
                return fallback(source, previous: previous, problem: "\(error)")
            }
        }
        guard let previous else {
            return SourceOutcome(feed: nil, diagnostics: [.warning(
                "\(source.location) has not been ingested yet; its entries are left out",
                at: SourceLocation(file: source.location), rule: "feed-not-ingested",
                hint: "run `sitegen ingest` to fetch the feeds named in sitegen.yml")])
        }
        let feed = merge(previous.feed, previous: nil, limit: source.limit ?? defaultLimit)
        return SourceOutcome(feed: IngestedFeed(source: source, feed: feed, origin: .cache), diagnostics: [])
    }
}
