import Foundation
import Testing
@testable import SitegenServe

/// A real server on 127.0.0.1 (a free port), a real socket client, real file edits.
@Suite(.serialized) struct ServeTests {
    static func site(base: String = "https://blog.example.org/notes/") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        let files = [
            "sitegen.yml": "title: Notes\nbase_url: \(base)\n",
            "Content/posts/2024-01-02-first.md": "---\ntitle: First post\ndate: 2024-01-02\n---\nThe original sentence.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\nAbout me.\n",
            "Content/static/data.csv": "a,b\n1,2\n",
        ]
        for (path, text) in files { try write(root, path, text) }
        return root
    }

    static func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Saves the way editors that write a temporary file and rename it over the original do.
    static func saveByRename(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-edit")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw ProbeError("rename failed") }
    }

    /// Runs a server for `body`, then cancels it (as Ctrl-C does) and waits for it to stop.
    static func withServer(_ root: URL, polling: Bool = false, _ body: @escaping @Sendable (Int, ReloadHub) async throws -> Void) async throws {
        let server = DevServer(options: ServeOptions(source: root, port: 0, forcePolling: polling))
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            try await server.run { origin in portContinuation.yield(Int(origin.split(separator: ":").last!)!) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw ProbeError("server did not start") }
        // The first build runs once the socket is bound; wait for it.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !FileManager.default.fileExists(atPath: root.appendingPathComponent(".sitegen/serve/site/index.html").path) {
            try await Task.sleep(for: .milliseconds(50))
        }
        do {
            try await body(port, server.hub)
        } catch {
            task.cancel()
            _ = try? await task.value
            throw error
        }
        task.cancel()
        try await task.value
    }

    /// After a reload message, the page shows `text` (a reload from an earlier build may arrive first).
    static func eventually(port: Int, _ path: String, contains text: String) throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if try HTTPProbe.get(port: port, path).body.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    @Test func servesTheBuiltSiteUnderTheBasePathWithTypesAnd404() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try await Self.withServer(root) { port, _ in
            let page = try HTTPProbe.get(port: port, "/notes/posts/first/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.body.contains("The original sentence."))
            #expect(page.body.contains(LiveScript.tag), "the reload script is injected into served pages")
            #expect(page.body.contains("href=\"/notes/"), "links keep the base URL's sub-path")
            let css = try HTTPProbe.get(port: port, "/notes/data.csv")
            #expect(css.status == 200 && css.headers["content-type"] == "text/csv; charset=utf-8")
            let feed = try HTTPProbe.get(port: port, "/notes/feed.json")
            #expect(feed.status == 200 && feed.headers["content-type"] == "application/feed+json")
            #expect(feed.body.contains("http://127.0.0.1:\(port)/notes/"), "feeds use the local address with the base URL's sub-path")
            let missing = try HTTPProbe.get(port: port, "/notes/no-such-page/")
            #expect(missing.status == 404 && missing.body.contains("Page not found") && missing.body.contains(LiveScript.tag))
            let outside = try HTTPProbe.get(port: port, "/elsewhere/")
            #expect(outside.status == 404)
            let folder = try HTTPProbe.get(port: port, "/notes/tags")
            #expect(folder.status == 301 && folder.headers["location"] == "/notes/tags/")
            let script = try HTTPProbe.get(port: port, "/__sitegen/live.js")
            #expect(script.status == 200 && script.body.contains("EventSource"))
            let post405 = try HTTPProbe.get(port: port, "/notes/", method: "DELETE")
            #expect(post405.status == 405)
        }
        // `serve` builds into .sitegen/serve/ only, and a build's files carry no reload script.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Site").path))
        let built = try String(contentsOf: root.appendingPathComponent(".sitegen/serve/site/index.html"), encoding: .utf8)
        #expect(!built.contains("__sitegen"))
    }

    @Test func traversalAndListingAttemptsGet404() async throws {
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        // A secret beside the output folder and a symbolic link in the site pointing at it.
        try Self.write(root, ".sitegen/serve/secret.txt", "secret")
        try Self.write(root, "Content/static/keep.txt", "ok")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Content/static/link.txt").path,
                                                   withDestinationPath: "/etc/passwd")
        try await Self.withServer(root) { port, _ in
            for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/posts/../../secret.txt",
                           "/..\\secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/link.txt", "/.sitegen-staging", "/%00"] {
                let reply = try HTTPProbe.get(port: port, target)
                #expect(reply.status == 404, "\(target) → \(reply.status)")
                #expect(!reply.body.contains("secret") && !reply.body.contains("root:"), "\(target)")
            }
            let keep = try HTTPProbe.get(port: port, "/keep.txt")
            #expect(keep.status == 200 && keep.body == "ok")
            // A folder without index.html is never listed.
            let listing = try HTTPProbe.get(port: port, "/tags/")
            #expect(listing.status == 200 || listing.status == 404)
            #expect(!listing.body.contains("Index of"))
        }
    }

    @Test(arguments: [false, true]) func anEditReloadsOpenPages(polling: Bool) async throws {
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        try await Self.withServer(root, polling: polling) { port, _ in
            let events = try EventStreamProbe(port: port)
            defer { events.close() }
            let before = events.received().count
            try await Task.sleep(for: .milliseconds(300))
            try Self.saveByRename(root, "Content/posts/2024-01-02-first.md",
                                  "---\ntitle: First post\ndate: 2024-01-02\n---\nAn edited sentence.\n")
            #expect(events.wait(for: "reload", after: before) != nil, "no reload message after the edit")
            #expect(try Self.eventually(port: port, "/posts/first/", contains: "An edited sentence."))
            // A new post in a new bundle folder is seen too.
            let count = events.received().count
            try Self.write(root, "Content/posts/2024-02-01-second/index.md", "---\ntitle: Second\ndate: 2024-02-01\n---\nNew bundle.\n")
            #expect(events.wait(for: "reload", after: count) != nil)
            #expect(try Self.eventually(port: port, "/posts/second/", contains: "New bundle."))
        }
    }

    @Test func aBuildErrorIsAnOverlayUntilFixed() async throws {
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        try await Self.withServer(root) { port, hub in
            let events = try EventStreamProbe(port: port)
            defer { events.close() }
            try await Task.sleep(for: .milliseconds(200))
            try Self.write(root, "Content/posts/2024-01-02-first.md", "---\ntitle: [oops\ndate: 2024-01-02\n---\nBroken.\n")
            guard let failure = events.wait(for: "failure", after: 0) else {
                Issue.record("no failure event")
                return
            }
            let decoded = try JSONDecoder().decode(BuildFailure.self, from: Data(failure.data.utf8))
            let item = try #require(decoded.diagnostics.first)
            #expect(item.location.hasPrefix("Content/posts/2024-01-02-first.md:"))
            #expect(item.location.split(separator: ":").count == 3, "file:line:col")
            #expect(!item.message.isEmpty)
            // The last good site is still served.
            #expect(try HTTPProbe.get(port: port, "/posts/first/").body.contains("The original sentence."))
            // A page opened now learns of the failure at once.
            let late = try EventStreamProbe(port: port)
            defer { late.close() }
            #expect(late.wait(for: "failure", after: 0, timeout: 10) != nil)
            let count = events.received().count
            try Self.write(root, "Content/posts/2024-01-02-first.md", "---\ntitle: Fixed\ndate: 2024-01-02\n---\nFixed.\n")
            #expect(events.wait(for: "reload", after: count) != nil, "the fix clears the overlay with a reload")
            #expect(try Self.eventually(port: port, "/posts/first/", contains: "Fixed."))
            _ = hub
        }
    }

    @Test func eventStreamsEndWhenTheServerStops() async throws {
        let root = try Self.site(base: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: root) }
        let started = Date()
        try await Self.withServer(root) { port, hub in
            let events = try EventStreamProbe(port: port)
            defer { events.close() }
            let deadline = Date().addingTimeInterval(10)
            while hub.count == 0 && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(hub.count == 1)
        }
        #expect(Date().timeIntervalSince(started) < 60, "shutdown does not wait for open event streams")
    }
}
