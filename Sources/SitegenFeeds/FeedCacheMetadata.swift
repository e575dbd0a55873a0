import Foundation

/// What the cache remembers about one source besides its entries: the validators for a conditional GET and
/// when it was last fetched.
public struct FeedCacheMetadata: Hashable, Sendable, Codable {
    /// The source's location as written in `sitegen.yml`.
    public var location: String
    /// The `ETag` of the cached raw copy.
    public var etag: String?
    /// The `Last-Modified` of the cached raw copy.
    public var lastModified: String?
    /// When the raw copy was downloaded (or read, for a local source).
    public var fetchedAt: Date?
    /// When the source was last checked successfully (a 200 or a 304).
    public var checkedAt: Date?
    /// The URL after redirects, the base for relative links.
    public var finalURL: String?
    /// The charset the server declared for the raw copy.
    public var charset: String?
    /// How many entries the cache holds for this source (current and earlier ones).
    public var entriesSeen: Int

    /// Creates metadata.
    public init(
        location: String, etag: String? = nil, lastModified: String? = nil, fetchedAt: Date? = nil,
        checkedAt: Date? = nil, finalURL: String? = nil, charset: String? = nil, entriesSeen: Int = 0
    ) {
        self.location = location
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
        self.checkedAt = checkedAt
        self.finalURL = finalURL
        self.charset = charset
        self.entriesSeen = entriesSeen
    }

    enum CodingKeys: String, CodingKey {
        case location, etag, charset
        case lastModified = "last_modified", fetchedAt = "fetched_at", checkedAt = "checked_at"
        case finalURL = "final_url", entriesSeen = "entries_seen"
    }
}

/// One source as the cache holds it: metadata and the merged feed (every entry seen, up to the limit).
public struct CachedFeed: Hashable, Sendable {
    /// Validators and timestamps.
    public var metadata: FeedCacheMetadata
    /// The feed with its merged entries, newest first.
    public var feed: Feed

    /// Creates a cached feed.
    public init(metadata: FeedCacheMetadata, feed: Feed) {
        self.metadata = metadata
        self.feed = feed
    }
}
