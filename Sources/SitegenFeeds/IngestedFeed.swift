import SitegenCore

/// One configured source after ingestion: its feed (every entry kept, newest first) and where it came from.
public struct IngestedFeed: Hashable, Sendable {
    /// Where the entries came from this time.
    public enum Origin: String, Hashable, Sendable {
        /// Downloaded (or read from disk) and parsed now.
        case fresh
        /// The server said the cached copy is current (HTTP 304).
        case notModified
        /// Fetching or parsing failed; the cached copy was used.
        case cache
    }

    /// The source as configured.
    public var source: SiteConfig.FeedSource
    /// The feed with merged entries (current and earlier ones, de-duplicated by id, newest first, limited).
    public var feed: Feed
    /// Where the entries came from.
    public var origin: Origin

    /// Creates an ingested feed.
    public init(source: SiteConfig.FeedSource, feed: Feed, origin: Origin) {
        self.source = source
        self.feed = feed
        self.origin = origin
    }

    /// The configured name, else the feed's own title.
    public var name: String { source.name ?? feed.title }

    /// The entries as Documents, tagged with the source's tags.
    public var documents: [Document] {
        FeedDocumentConverter.documents(for: feed, extraTags: source.tags)
    }
}

/// The outcome of ingesting (or reading the cache of) a site's feeds.
public struct FeedIngestResult: Sendable {
    /// One element per source that has entries, in configuration order.
    public var feeds: [IngestedFeed]
    /// Warnings about failing, invalid or not-yet-ingested sources.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(feeds: [IngestedFeed], diagnostics: [Diagnostic]) {
        self.feeds = feeds
        self.diagnostics = diagnostics
    }

    /// Every entry of every feed as a Document.
    public var documents: [Document] { feeds.flatMap(\.documents) }
}
