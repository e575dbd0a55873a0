import Foundation
import SitegenCore

/// The ingested-feed cache under `.sitegen/cache/feeds/`: one folder per source, named by a hash of its
/// location, holding the raw last good copy (`raw`), the merged feed (`feed.json`) and `meta.json`.
/// Every file is written to a temporary file and renamed into place, so a crash never leaves half a file.
public struct FeedCache: Sendable {
    /// The folder holding one sub-folder per source.
    public let directory: URL

    /// Creates a cache rooted at `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// `.sitegen/cache/feeds` under the site root.
    public static func defaultDirectory(siteRoot: URL) -> URL {
        siteRoot.appendingPathComponent(".sitegen/cache/feeds", isDirectory: true)
    }

    /// The folder of one source: a readable prefix of the location and 16 hex digits of its hash.
    public func folder(for location: String) -> URL {
        var slug = Slugger.slug(location.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: ""))
        if slug.count > 40 { slug = String(slug.prefix(40)) }
        let name = (slug.isEmpty ? "" : slug + "-") + StableHash.hex(location)
        return directory.appendingPathComponent(name, isDirectory: true)
    }

    /// The cached state of a source; nil when there is none or it cannot be read.
    public func load(_ location: String) -> CachedFeed? {
        let folder = folder(for: location)
        guard let metaData = try? Data(contentsOf: folder.appendingPathComponent("meta.json")),
            let feedData = try? Data(contentsOf: folder.appendingPathComponent("feed.json")),
            let metadata = try? Feed.jsonDecoder().decode(FeedCacheMetadata.self, from: metaData),
            let feed = try? Feed.jsonDecoder().decode(Feed.self, from: feedData),
            metadata.location == location
        else { return nil }
        return CachedFeed(metadata: metadata, feed: feed)
    }

    /// The raw last good copy of a source, exactly as downloaded.
    public func rawCopy(for location: String) -> Data? {
        try? Data(contentsOf: folder(for: location).appendingPathComponent("raw"))
    }

    /// Stores a source's state; `raw` replaces the last good copy when given. Metadata is written last, so
    /// its validators never describe a raw copy that is not on disk.
    public func store(_ cached: CachedFeed, raw: Data?) throws {
        let folder = folder(for: cached.metadata.location)
        try SitegenError.withContext("failed to write the feed cache in \(folder.path)") {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let raw { try Self.writeAtomically(raw, to: folder.appendingPathComponent("raw")) }
            let encoder = Feed.jsonEncoder()
            try Self.writeAtomically(try encoder.encode(cached.feed), to: folder.appendingPathComponent("feed.json"))
            try Self.writeAtomically(try encoder.encode(cached.metadata), to: folder.appendingPathComponent("meta.json"))
        }
    }

    /// Writes `data` to a temporary file beside `url`, then renames it over `url`.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw SitegenError("cannot rename \(temporary.lastPathComponent) to \(url.lastPathComponent): \(String(cString: strerror(code)))")
        }
    }
}
