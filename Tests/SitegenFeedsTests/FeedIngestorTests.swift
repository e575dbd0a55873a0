import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

/// Ingestion end to end: a real local server, a temporary site root, the cache on disk. (The time limit only
/// catches a hang: in the full suite an async test may wait minutes for a thread of the cooperative pool.)
@Suite(.timeLimit(.minutes(10))) struct FeedIngestorTests {
    /// An RSS feed holding the entries numbered `ids` (entry n is dated n days after 2024-01-01).
    static func feed(_ ids: [Int], title: String = "Member blog") -> String {
        var text = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title><link>https://member.example/</link><description>d</description>"
        for id in ids {
            let date = RFCDate.rfc822(Date(timeIntervalSince1970: 1_704_067_200 + Double(id) * 86_400))
            text += "<item><title>Post \(id)</title><link>https://member.example/\(id)</link><guid>https://member.example/\(id)</guid>"
            text += "<pubDate>\(date)</pubDate><description>Body \(id)</description></item>"
        }
        return text + "</channel></rss>"
    }

    /// A server whose feed and behaviour the test changes between ingestions.
    final class Site: @unchecked Sendable {
        let lock = NSLock()
        var body = FeedIngestorTests.feed([1, 2])
        var etag = "\"a\""
        var status = 200
        let server: TestHTTPServer
        let root: TemporaryFolder

        init() throws {
            root = try TemporaryFolder()
            let box = Box()
            server = try TestHTTPServer { request in box.site?.respond(request) ?? .init(status: 500) }
            box.site = self
        }

        func set(body: String? = nil, etag: String? = nil, status: Int? = nil) {
            lock.withLock {
                if let body { self.body = body }
                if let etag { self.etag = etag }
                if let status { self.status = status }
            }
        }

        func respond(_ request: TestHTTPServer.Request) -> TestHTTPServer.Response {
            lock.withLock {
                guard status == 200 else { return .init(status: status, body: Data(body.utf8)) }
                if request.header("If-None-Match") == etag { return .init(status: 304, headers: [("ETag", etag)]) }
                return .ok(body, headers: [("ETag", etag)])
            }
        }

        var ingestor: FeedIngestor {
            FeedIngestor(siteRoot: root.url, fetcher: FeedFetcher(options: .init(connectTimeout: 2, totalTimeout: 3)),
                now: { Date(timeIntervalSince1970: 1_710_000_000) })
        }

        func source(limit: Int? = nil, tags: [String] = []) -> SiteConfig.FeedSource {
            SiteConfig.FeedSource(location: server.url("/feed.xml"), limit: limit, tags: tags)
        }

        final class Box: @unchecked Sendable {
            weak var site: Site?
        }
    }

    func links(_ result: FeedIngestResult) -> [String] {
        result.feeds.first?.feed.entries.compactMap(\.link).map { String($0.split(separator: "/").last ?? "") } ?? []
    }

    @Test func firstIngestFillsTheCache() async throws {
        let site = try Site()
        let result = await site.ingestor.ingest([site.source(tags: ["group"])])
        #expect(result.diagnostics.isEmpty)
        #expect(result.feeds.first?.origin == .fresh)
        #expect(links(result) == ["2", "1"])
        let cache = site.ingestor.cache
        let cached = try #require(cache.load(site.source().location))
        #expect(cached.metadata.etag == "\"a\"")
        #expect(cached.metadata.fetchedAt == Date(timeIntervalSince1970: 1_710_000_000))
        #expect(cached.metadata.entriesSeen == 2)
        #expect(cache.rawCopy(for: site.source().location) == Data(FeedIngestorTests.feed([1, 2]).utf8))
        let folder = cache.folder(for: site.source().location)
        #expect(folder.path.hasPrefix(site.root.url.appendingPathComponent(".sitegen/cache/feeds").path))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["feed.json", "meta.json", "raw"])
        let documents = result.documents
        #expect(documents.count == 2)
        #expect(documents[0].metadata.tags == ["group"])
        #expect(documents[0].id == site.source().location + "#https://member.example/2")
    }

    @Test func unchangedFeedIsNotDownloadedAgain() async throws {
        let site = try Site()
        _ = await site.ingestor.ingest([site.source()])
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.origin == .notModified)
        #expect(links(result) == ["2", "1"])
        #expect(site.server.requests.last?.header("If-None-Match") == "\"a\"")
    }

    @Test func entriesAreKeptAfterLeavingTheFeedAndDeduplicated() async throws {
        let site = try Site()
        _ = await site.ingestor.ingest([site.source()])
        site.set(body: FeedIngestorTests.feed([2, 3]).replacingOccurrences(of: "Body 2", with: "Body 2 edited"), etag: "\"b\"")
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.origin == .fresh)
        #expect(links(result) == ["3", "2", "1"])
        #expect(result.feeds.first?.feed.entries[1].summary == "Body 2 edited")
        let limited = await site.ingestor.ingest([site.source(limit: 2)])
        #expect(links(limited) == ["3", "2"])
    }

    @Test func failingSourceFallsBackToTheCacheWithAWarning() async throws {
        let site = try Site()
        _ = await site.ingestor.ingest([site.source()])
        site.set(status: 500)
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.origin == .cache)
        #expect(links(result) == ["2", "1"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.ruleID == "feed-fetch-failed")
        #expect(warning.message.contains("HTTP 500"))
        #expect(warning.message.contains("using the cached copy from 2024-03-09T16:00:00Z"))
    }

    @Test func aGzipBombKeepsTheCachedCopy() async throws {
        let site = try Site()
        _ = await site.ingestor.ingest([site.source()])
        // 1 MB of gzip inflating to 1 GiB: the download stops at the 10 MB limit and the good copy stays.
        let bomb = GzipBomb.make(zeroBytes: 1 << 20)
        site.server.setHandler { _ in .init(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb.data) }
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.origin == .cache)
        #expect(links(result) == ["2", "1"])
        #expect(result.diagnostics.first?.message.contains("response larger than 10 MB; download cut off") == true)
        #expect(site.ingestor.cache.rawCopy(for: site.source().location) == Data(FeedIngestorTests.feed([1, 2]).utf8))
    }

    @Test func invalidDocumentNeverReplacesTheGoodCopy() async throws {
        let site = try Site()
        _ = await site.ingestor.ingest([site.source()])
        site.set(body: "<!DOCTYPE html><html><body>Maintenance</body></html>", etag: "\"c\"")
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.origin == .cache)
        #expect(result.diagnostics.first?.message.contains("found an HTML page") == true)
        let cache = site.ingestor.cache
        #expect(cache.rawCopy(for: site.source().location) == Data(FeedIngestorTests.feed([1, 2]).utf8))
        #expect(cache.load(site.source().location)?.metadata.etag == "\"a\"")
    }

    @Test func failureWithoutACacheLeavesTheSourceOut() async throws {
        let site = try Site()
        site.set(status: 404)
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.isEmpty)
        #expect(result.diagnostics.first?.message.contains("no cached copy") == true)
        #expect(result.diagnostics.first?.hint != nil)
    }

    @Test func buildsReadTheCacheWithoutNetwork() async throws {
        let site = try Site()
        let sources = [site.source(), SiteConfig.FeedSource(location: "https://never-fetched.example/feed.xml")]
        _ = await site.ingestor.ingest([sources[0]])
        site.server.stop()
        let requestsBefore = site.server.requests.count
        let result = site.ingestor.cached(sources)
        #expect(site.server.requests.count == requestsBefore)
        #expect(links(result) == ["2", "1"])
        #expect(result.feeds.first?.origin == .cache)
        #expect(result.diagnostics.map(\.ruleID) == ["feed-not-ingested"])
    }

    @Test func localSourcesAreReadFromTheSiteRoot() async throws {
        let site = try Site()
        try site.root.write("feeds/local.xml", FeedIngestorTests.feed([5], title: "Local"))
        let source = SiteConfig.FeedSource(location: "feeds/local.xml", name: "Our lab")
        let result = await site.ingestor.ingest([source])
        #expect(result.feeds.first?.name == "Our lab")
        #expect(result.feeds.first?.feed.source == "feeds/local.xml")
        #expect(links(result) == ["5"])
        try site.root.write("feeds/local.xml", FeedIngestorTests.feed([6], title: "Local"))
        #expect(links(site.ingestor.cached([source])) == ["6", "5"])
        let missing = await site.ingestor.ingest([SiteConfig.FeedSource(location: "feeds/none.xml")])
        #expect(missing.diagnostics.first?.message.contains("no such file") == true)
    }

    @Test func illFormedFeedIsUsedWithAWarning() async throws {
        let site = try Site()
        site.set(body: FeedFixtures.truncated)
        let result = await site.ingestor.ingest([site.source()])
        #expect(result.feeds.first?.feed.entries.first?.title == "Whole")
        #expect(result.diagnostics.first?.ruleID == "feed-ill-formed")
        #expect(result.diagnostics.first?.message.contains("recovered") == true)
    }

    @Test func inspectReadsPathsAndURLsWithoutCaching() async throws {
        let site = try Site()
        try site.root.write("one.xml", FeedIngestorTests.feed([9]))
        let local = try await FeedIngestor.inspect("one.xml", relativeTo: site.root.url)
        #expect(local.entries.map(\.title) == ["Post 9"])
        let remote = try await FeedIngestor.inspect(site.server.url("/feed.xml"), relativeTo: site.root.url)
        #expect(remote.entries.count == 2)
        #expect(!FileManager.default.fileExists(atPath: site.root.url.appendingPathComponent(".sitegen").path))
        let json = String(decoding: try remote.jsonData(), as: UTF8.self)
        #expect(json.contains("\"well_formed\" : true"))
        #expect(json.contains("\"published\" : \"2024-01-03T00:00:00Z\""))
        let decoded = try Feed.jsonDecoder().decode(Feed.self, from: try remote.jsonData())
        #expect(decoded == remote)
    }
}
