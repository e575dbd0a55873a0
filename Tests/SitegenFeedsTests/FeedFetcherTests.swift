import Foundation
import Testing
@testable import SitegenFeeds

/// The fetcher against a real HTTP server on 127.0.0.1.
///
/// No test here bounds wall-clock time: in the full suite, hundreds of synchronous tests share the few threads of
/// Swift's cooperative pool, and an async test may wait minutes for one. The fetcher's own deadlines run on
/// SwiftNIO's event loops, so they hold whatever the pool does; the suite's time limit only catches a hang.
@Suite(.timeLimit(.minutes(10))) struct FeedFetcherTests {
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
        // The error proves the 2 s deadline fired before the 5 s answer (no wall-clock bound: a loaded machine may
        // leave this test without a thread for a long time, which says nothing about the fetcher).
        let failure = await error { try await Self.fetcher.fetch(server.url("/slow")) }
        #expect(failure == .timedOut(seconds: 2) || failure == .transport("timed out"))
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
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/huge")) } == .tooLarge(limit: 1 << 20))
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/declared-huge")) } == .tooLarge(limit: 1 << 20))
        #expect(try await server.deliveries("/huge") == [false], "the client hung up at the limit, before the 20 MB end")
    }

    /// Peak resident memory of this process so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss  // bytes on Darwin
        #endif
    }

    @Test func gzipBombIsStoppedAtTheLimitWhileInflating() async throws {
        // 5 MB of gzip that inflate to 5 GiB of zeros, over a real loopback HTTP server.
        let bomb = GzipBomb.make(zeroBytes: 5 << 20)
        #expect(bomb.data.count > 5 << 20 && bomb.inflated > 5 << 30)
        let small = GzipBomb.make(zeroBytes: 100, withTrailer: true)
        let server = try TestHTTPServer { request in
            let body = request.path == "/bomb" ? bomb.data : small.data
            return .init(status: 200, headers: [("Content-Encoding", "gzip"), ("Content-Type", "application/rss+xml")], body: body)
        }
        // The construction is real gzip: a small one inflates to exactly its zeros.
        let fine = try await Self.patientFetcher.fetch(server.url("/small"))
        #expect(fine.body.count == small.inflated && small.inflated > 100_000)
        #expect(fine.body.allSatisfy { $0 == 0 })
        let before = Self.peakMemory()
        // The limit error is the decompressor's: it counts inflated bytes and stops at 1 MB. Inflating the whole
        // body first would need 5 GiB (and a single buffer cannot even hold it).
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/bomb")) } == .tooLarge(limit: 1 << 20))
        let grown = Self.peakMemory() - before
        #expect(grown < 1 << 30, "peak memory grew by \(grown >> 20) MB")
        // The same bomb as deflate without gzip's wrapper is stopped the same way.
        server.setHandler { _ in
            .init(status: 200, headers: [("Content-Encoding", "deflate")], body: GzipBomb.zlib(bomb.data))
        }
        #expect(await error { try await Self.patientFetcher.fetch(server.url("/deflate")) } == .tooLarge(limit: 1 << 20))
    }

    @Test func compressedBodyJustUnderTheLimitPasses() async throws {
        let under = GzipBomb.make(zeroBytes: 1015, withTrailer: true)
        #expect(under.inflated <= 1 << 20 && under.inflated > (1 << 20) - 2_000)
        let server = try TestHTTPServer { _ in
            .init(status: 200, headers: [("Content-Encoding", "gzip")], body: under.data)
        }
        #expect(try await Self.patientFetcher.fetch(server.url("/z")).body.count == under.inflated)
    }

    @Test func corruptCompressedBodyIsATransportError() async throws {
        let server = try TestHTTPServer { _ in
            .init(status: 200, headers: [("Content-Encoding", "gzip")], body: Data("not gzip at all".utf8))
        }
        guard case .transport(let message)? = await error({ try await Self.patientFetcher.fetch(server.url("/z")) }) else {
            Issue.record("expected a transport error")
            return
        }
        #expect(message.contains("decompress"), "\(message)")
    }

    @Test func aBodyTricklingInStopsAtTheTotalDeadline() async throws {
        // Every read arrives well within the 2 s read timeout, but the whole body would take 20 s.
        let server = try TestHTTPServer { _ in .init(status: 200, streamBytes: 40 << 10, dripEvery: 0.5) }
        #expect(await error { try await Self.fetcher.fetch(server.url("/drip")) } == .timedOut(seconds: 2))
        #expect(try await server.deliveries("/drip") == [false], "the client hung up at the deadline, before the body's end")
    }

    @Test func redirectToAnotherSchemeIsNotFollowed() async throws {
        let server = try TestHTTPServer { _ in .redirect(to: "file:///etc/passwd") }
        #expect(await error { try await Self.fetcher.fetch(server.url("/away")) }
            == .transport("redirected to a URL that is not http(s): file:///etc/passwd"))
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
