import Foundation
import Testing
@testable import SitegenFeeds

/// The fetcher against a real HTTP server on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct FeedFetcherTests {
    static let feed = #"<?xml version="1.0"?><rss version="2.0"><channel><title>Served</title><item><title>one</title><guid>https://served.example/1</guid></item></channel></rss>"#

    static let fetcher = FeedFetcher(options: .init(connectTimeout: 2, totalTimeout: 2, maxBytes: 1 << 20, maxRedirects: 5))
    /// The same limits with a generous deadline, for tests about size: a loaded machine must not turn them into timeouts.
    static let patientFetcher = FeedFetcher(options: .init(connectTimeout: 30, totalTimeout: 60, maxBytes: 1 << 20, maxRedirects: 5))

    static func routes(_ request: TestHTTPServer.Request) -> TestHTTPServer.Response {
        switch request.path {
        case "/feed.xml":
            if request.header("If-None-Match") == "\"v1\"" { return .init(status: 304, headers: [("ETag", "\"v1\"")]) }
            return .ok(feed, headers: [("ETag", "\"v1\""), ("Last-Modified", "Fri, 05 Jan 2024 10:00:00 GMT")])
        case "/missing": return .init(status: 404, body: Data("no".utf8))
        case "/broken": return .init(status: 500)
        case "/moved": return .redirect(to: "/hop")
        case "/hop": return .redirect(to: "/feed.xml")
        case "/loop": return .redirect(to: "/loop")
        case "/slow": return .init(status: 200, body: Data(feed.utf8), delay: 5)
        case "/gzip":
            return .init(status: 200, headers: [("Content-Encoding", "gzip"), ("Content-Type", "application/xml")],
                body: Gzip.stored(Data(feed.utf8)))
        case "/huge": return .init(status: 200, streamBytes: 20 << 20)
        case "/declared-huge": return .init(status: 200, headers: [("Content-Length", "\(50 << 20)")], streamBytes: 2 << 20)
        case "/latin": return .init(status: 200, headers: [("Content-Type", "text/xml; charset=\"ISO-8859-1\"")], body: Data(feed.utf8))
        default: return .init(status: 404)
        }
    }

    func error(_ body: () async throws -> FetchResult) async -> FetchError? {
        do {
            _ = try await body()
            return nil
        } catch let error as FetchError {
            return error
        } catch {
            return .transport("unexpected \(error)")
        }
    }

    @Test func fetches200WithValidatorsAndIdentifiesItself() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let result = try await Self.fetcher.fetch(server.url("/feed.xml"))
        #expect(result.status == 200)
        #expect(String(decoding: result.body, as: UTF8.self) == Self.feed)
        #expect(result.etag == "\"v1\"")
        #expect(result.lastModified == "Fri, 05 Jan 2024 10:00:00 GMT")
        #expect(result.charset == "utf-8")
        let request = try #require(server.requests.first)
        #expect(request.header("User-Agent")?.hasPrefix("sitegen/0.1 (") == true)
        #expect(request.header("If-None-Match") == nil)
    }

    @Test func conditionalGetAnswers304() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let result = try await Self.fetcher.fetch(server.url("/feed.xml"), etag: "\"v1\"", lastModified: "Fri, 05 Jan 2024 10:00:00 GMT")
        #expect(result.notModified)
        #expect(result.body.isEmpty)
        #expect(server.requests.first?.header("If-None-Match") == "\"v1\"")
        #expect(server.requests.first?.header("If-Modified-Since") == "Fri, 05 Jan 2024 10:00:00 GMT")
    }

    @Test func errorStatusesThrow() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        #expect(await error { try await Self.fetcher.fetch(server.url("/missing")) } == .http(status: 404))
        #expect(await error { try await Self.fetcher.fetch(server.url("/broken")) } == .http(status: 500))
        #expect(FetchError.http(status: 404).description == "HTTP 404 (not found)")
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let result = try await Self.fetcher.fetch(server.url("/moved"))
        #expect(result.status == 200)
        #expect(result.finalURL == server.url("/feed.xml"))
        #expect(await error { try await Self.fetcher.fetch(server.url("/loop")) } == .tooManyRedirects(limit: 5))
        #expect(server.requests.filter { $0.path == "/loop" }.count <= 6)
    }

    @Test func slowServerTimesOut() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let started = Date()
        let failure = await error { try await Self.fetcher.fetch(server.url("/slow")) }
        #expect(failure == .timedOut(seconds: 2) || failure == .transport("timed out"))
        // The error proves the 2 s deadline fired before the 5 s response; the wall-clock bound only catches a hang
        // (a loaded CI machine can starve this test for seconds, so a tight bound would be flaky).
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func gzipBodiesAreDecoded() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let result = try await Self.fetcher.fetch(server.url("/gzip"))
        #expect(String(decoding: result.body, as: UTF8.self) == Self.feed)
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
        #expect(try FeedParser.parse(result.body, source: "gzip").title == "Served")
    }

    @Test func oversizedBodiesAreCutOff() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let started = Date()
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/huge")) } == .tooLarge(limit: 1 << 20))
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/declared-huge")) } == .tooLarge(limit: 1 << 20))
        #expect(Date().timeIntervalSince(started) < 50, "the body is cut off at the limit, not read to its 20 MB end")
    }

    @Test func charsetComesFromContentType() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        #expect(try await Self.fetcher.fetch(server.url("/latin")).charset == "ISO-8859-1")
    }

    @Test func onlyHTTPURLsAreFetched() async {
        #expect(await error { try await Self.fetcher.fetch("file:///etc/passwd") } == .invalidURL("file:///etc/passwd"))
        #expect(await error { try await Self.fetcher.fetch("not a url") } == .invalidURL("not a url"))
    }

    @Test func unreachableServerIsATransportError() async throws {
        let server = try TestHTTPServer(handler: Self.routes)
        let url = server.url("/feed.xml")
        server.stop()
        guard case .transport? = await error({ try await Self.fetcher.fetch(url) }) else {
            Issue.record("expected a transport error")
            return
        }
    }
}
