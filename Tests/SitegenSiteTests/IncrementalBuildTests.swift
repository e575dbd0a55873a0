import Foundation
import Testing
import SitegenCore
@testable import SitegenSite

/// The build cache must never change what a build produces: after any sequence of edits, a cached build's
/// output is byte-identical to a clean build's.
@Suite(.serialized) struct IncrementalBuildTests {
    /// SplitMix64: a seeded generator, so a failing sequence can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
        mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    }

    static let now = Date(timeIntervalSince1970: 1_800_000_000) // 2027-01-15
    static let words = ["laser", "optics", "bench", "lens", "photon", "grating", "spectrum", "noise", "signal", "mirror",
                        "phase", "beam", "detector", "cavity", "mode", "pulse"]
    static let tags = ["optics", "methods", "notes", "data", "Theory", "open science"]
    static let keys = ["knuth1984", "broder1997", "lamport1994"]

    /// The site being edited: post name → fields, so every edit rewrites a whole, valid post.
    struct Post {
        var title: String
        var date: String
        var tags: [String]
        var draft = false
        var body: String
        var bundle: Bool
    }

    final class Site {
        let root: URL
        var posts: [String: Post] = [:]
        var bibliography: [String: String] = [:]
        var config = ["paginate: 5", "feed:\n  limit: 10", "description: Notes from the lab."]
        var summaryTemplate: String?

        init(root: URL) { self.root = root }

        func path(_ name: String) -> String {
            posts[name]!.bundle ? "Content/posts/\(name)/index.md" : "Content/posts/\(name).md"
        }

        func text(_ post: Post) -> String {
            var front = "---\ntitle: \"\(post.title)\"\ndate: \(post.date)\ntags: [\(post.tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
            if post.draft { front += "draft: true\n" }
            return front + "---\n\n" + post.body + "\n"
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Editors rewrite in place or save by rename; both must be seen.
            try Data(text.utf8).write(to: url, options: path.hasSuffix(".bib") ? [] : .atomic)
        }

        func save(_ name: String) throws { try write(path(name), text(posts[name]!)) }

        func remove(_ name: String) throws {
            let url = root.appendingPathComponent(posts[name]!.bundle ? "Content/posts/\(name)" : "Content/posts/\(name).md")
            try FileManager.default.removeItem(at: url)
            posts[name] = nil
        }

        func saveBibliography() throws {
            try write("Content/references.bib", bibliography.sorted { $0.key < $1.key }.map(\.value).joined(separator: "\n"))
        }

        func saveConfig() throws {
            try write("sitegen.yml", "title: Lab Notes\nbase_url: https://lab.example.org/blog/\nbibliography: references.bib\n"
                      + config.joined(separator: "\n") + "\n")
        }
    }

    static func sentence(_ random: inout Random) -> String {
        (0..<random.int(4..<12)).map { _ in random.pick(words) }.joined(separator: " ").capitalized + "."
    }

    static func body(_ random: inout Random, site: Site, name: String) -> String {
        var parts = [sentence(&random), sentence(&random)]
        if random.chance(40) {
            parts.append("![A \(random.pick(words)) figure.](figure.svg){#fig-\(random.pick(["a", "b"]))}")
        }
        if random.chance(40) { parts.append("As shown before [@\(random.pick(keys))].") }
        if random.chance(40), let other = site.posts.keys.sorted().filter({ $0 != name }).randomElement(using: &random) {
            let slug = String(other.dropFirst(11))
            parts.append("See @posts/\(slug)#fig-\(random.pick(["a", "b"])) for the set-up.")
        }
        if random.chance(20) { parts.append("## \(sentence(&random).dropLast()) {#sec-\(random.pick(words))}\n\nMore text.") }
        return parts.joined(separator: "\n\n")
    }

    static func newPost(_ random: inout Random, site: Site, name: String) -> Post {
        Post(title: sentence(&random).replacingOccurrences(of: ".", with: ""), date: String(name.prefix(10)),
             tags: Array(Set((0..<random.int(0..<3)).map { _ in random.pick(tags) })).sorted(),
             body: body(&random, site: site, name: name), bundle: random.chance(50))
    }

    static func bibEntry(_ key: String, _ random: inout Random) -> String {
        "@article{\(key),\n  author = {\(random.pick(["Knuth, Donald E.", "Broder, Andrei", "Lamport, Leslie"]))},\n  title = {\(sentence(&random))},\n  journal = {J},\n  year = {\(random.int(1970..<2020))}\n}\n"
    }

    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"

    /// One random edit; returns its description for the failure message.
    static func edit(_ site: Site, _ random: inout Random) throws -> String {
        let names = site.posts.keys.sorted()
        switch random.int(0..<20) {
        case 0, 1:
            let name = String(format: "2026-%02d-%02d-", random.int(1..<13), random.int(1..<28)) + random.pick(words) + "-\(random.int(0..<1000))"
            guard site.posts[name] == nil else { return "none" }
            site.posts[name] = newPost(&random, site: site, name: name)
            try site.save(name)
            if site.posts[name]!.bundle { try site.write("Content/posts/\(name)/figure.svg", svg) }
            return "add \(name)"
        case 2 where names.count > 5:
            let name = random.pick(names)
            try site.remove(name)
            return "delete \(name)"
        case 3:
            let name = random.pick(names)
            var post = site.posts[name]!
            let renamed = String(name.prefix(11)) + random.pick(words) + "-r\(random.int(0..<1000))"
            guard site.posts[renamed] == nil else { return "none" }
            try site.remove(name)
            post.bundle = random.chance(50)
            site.posts[renamed] = post
            try site.save(renamed)
            if post.bundle { try site.write("Content/posts/\(renamed)/figure.svg", svg) }
            return "rename \(name) → \(renamed)"
        case 4:
            let name = random.pick(names)
            site.posts[name]!.title = sentence(&random).replacingOccurrences(of: ".", with: "")
            try site.save(name)
            return "title of \(name)"
        case 5:
            let name = random.pick(names)
            site.posts[name]!.date = String(format: "%04d-%02d-%02d", random.pick([2025, 2026, 2027, 2028]), random.int(1..<13), random.int(1..<28))
            try site.save(name)
            return "date of \(name) → \(site.posts[name]!.date)"
        case 6:
            let name = random.pick(names)
            site.posts[name]!.tags = Array(Set((0..<random.int(0..<3)).map { _ in random.pick(tags) })).sorted()
            try site.save(name)
            return "tags of \(name)"
        case 7:
            let name = random.pick(names)
            site.posts[name]!.draft.toggle()
            try site.save(name)
            return "draft of \(name)"
        case 8, 9:
            let name = random.pick(names)
            site.posts[name]!.body = body(&random, site: site, name: name)
            try site.save(name)
            return "body of \(name)"
        case 10:
            let key = random.pick(keys)
            if site.bibliography[key] != nil && random.chance(30) { site.bibliography[key] = nil } else { site.bibliography[key] = bibEntry(key, &random) }
            try site.saveBibliography()
            return "bibliography entry \(key)"
        case 11:
            let path = "Themes/default/templates/summary.mustache"
            if site.summaryTemplate != nil && random.chance(40) {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
                site.summaryTemplate = nil
                return "template override removed"
            }
            site.summaryTemplate = "<article class=\"summary-\(random.pick(words))\"><h2><a href=\"{{url}}\">{{title}}</a></h2></article>\n"
            try site.write(path, site.summaryTemplate!)
            return "template override"
        case 12:
            site.config[0] = "paginate: \(random.int(2..<8))"
            try site.saveConfig()
            return "config \(site.config[0])"
        case 13:
            let name = random.pick(names)
            try site.save(name) // the same bytes again: a new stamp, nothing changed
            return "rewrite \(name) unchanged"
        case 14:
            let name = random.pick(names)
            // Same length, same place: the edit a stamp could miss inside one clock tick.
            var post = site.posts[name]!
            let first = post.body.first.map(String.init) ?? "X"
            post.body = (first == "Q" ? "Z" : "Q") + post.body.dropFirst()
            site.posts[name] = post
            let url = site.root.appendingPathComponent(site.path(name))
            let handle = try FileHandle(forWritingTo: url)
            try handle.write(contentsOf: Data(site.text(post).utf8))
            try handle.close()
            return "same-size edit of \(name)"
        case 15:
            // Another size for a bundle's figure: the image's width and height in the page change, the post does not.
            guard let name = names.filter({ site.posts[$0]!.bundle }).randomElement(using: &random) else { return "none" }
            let side = random.int(5..<40)
            try site.write("Content/posts/\(name)/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side)\" height=\"\(side)\"/>")
            return "figure size of \(name) → \(side)"
        case 16:
            // A site-wide render setting: every cross-reference's prefix changes.
            site.config[1] = random.chance(50) ? "feed:\n  limit: 10\ncrossref:\n  fig-prefix: \(random.pick(["Fig.", "Abb.", "Figure"]))" : "feed:\n  limit: 10"
            try site.saveConfig()
            return "config crossref"
        case 17:
            // A page template overridden: every post page is rendered from another template.
            let path = "Themes/default/templates/post.mustache"
            if FileManager.default.fileExists(atPath: site.root.appendingPathComponent(path).path) && random.chance(40) {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
                return "post template override removed"
            }
            try site.write(path, "<!doctype html><title>{{page.title}} ({{site.title}})</title><main class=\"\(random.pick(words))\">"
                           + "{{{page.content}}}</main>{{#page.newer}}<a href=\"{{url}}\">{{title}}</a>{{/page.newer}}\n")
            return "post template override"
        case 18:
            // The site's title is in every page's context.
            site.config[2] = "description: \(sentence(&random))"
            try site.saveConfig()
            return "config \(site.config[2])"
        default:
            return "none"
        }
    }

    /// Every file under `folder`, relative path → bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for rel in FileTree.files(under: folder) { files[rel] = FileManager.default.contents(atPath: folder.appendingPathComponent(rel).path) }
        return files
    }

    static func build(_ root: URL, output: String, cache: Bool, session: BuildSession? = nil) -> Result<BuildSummary, SitegenError> {
        do {
            return .success(try SiteBuilder(options: BuildOptions(
                source: root, output: root.appendingPathComponent(output), now: now, useCache: cache, session: session)).build())
        } catch let error as SitegenError {
            return .failure(error)
        } catch {
            return .failure(SitegenError("\(error)"))
        }
    }

    @Test func afterAnySequenceOfEditsACachedBuildEqualsACleanBuild() throws {
        let environment = ProcessInfo.processInfo.environment
        let postCount = environment["SITEGEN_PROPERTY_POSTS"].flatMap(Int.init) ?? 30
        let editCount = environment["SITEGEN_PROPERTY_EDITS"].flatMap(Int.init) ?? 80
        let seed = environment["SITEGEN_PROPERTY_SEED"].flatMap(UInt64.init) ?? 20_261_203
        var random = Random(state: seed)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = Site(root: root)
        try site.saveConfig()
        for key in Self.keys { site.bibliography[key] = Self.bibEntry(key, &random) }
        try site.saveBibliography()
        for i in 0..<postCount {
            let name = String(format: "2026-%02d-%02d-post-%d", 1 + i % 12, 1 + i % 27, i)
            site.posts[name] = Self.newPost(&random, site: site, name: name)
            try site.save(name)
            if site.posts[name]!.bundle { try site.write("Content/posts/\(name)/figure.svg", Self.svg) }
        }
        var history: [String] = []
        var upToDate = 0, linked = 0, reusedContent = 0, renderSkipped = 0, parseReused = 0
        // The same edits seen by a long-running process that keeps its session (as `serve` does) and persists it
        // only now and then, so some builds start from an older disk cache than the session's.
        let session = BuildSession()
        for step in 0...editCount {
            if step > 0 { history.append(try Self.edit(site, &random)) }
            let clean = Self.build(root, output: "Clean", cache: false)
            for (output, session) in [("Site", nil), ("Served", session)] {
                let cached = Self.build(root, output: output, cache: true, session: session)
                if step % 7 == 3 { session?.persist() }
                switch (cached, clean) {
                case (.success(let summary), .success):
                    if summary.upToDate { upToDate += 1 }
                    linked += summary.unchanged
                    reusedContent += summary.contentReused
                    renderSkipped += summary.renderSkipped
                    parseReused += summary.parseReused
                    let a = Self.tree(root.appendingPathComponent(output)), b = Self.tree(root.appendingPathComponent("Clean"))
                    if a != b {
                        let differing = Set(a.keys).symmetricDifference(b.keys).sorted() + a.keys.filter { b[$0] != nil && a[$0] != b[$0] }.sorted()
                        Issue.record("step \(step) (seed \(seed), \(output)): outputs differ in \(differing.prefix(10)) after \(history.suffix(5))")
                        return
                    }
                case (.failure, .failure):
                    continue
                case (.success, .failure(let error)):
                    Issue.record("step \(step) (\(output)): the cached build succeeded but a clean build failed: \(error) after \(history.suffix(5))")
                    return
                case (.failure(let error), .success):
                    Issue.record("step \(step) (\(output)): the cached build failed but a clean build succeeded: \(error) after \(history.suffix(5))")
                    return
                }
            }
        }
        // The property is only interesting if both paths of the cache were taken.
        #expect(upToDate > 0, "no step was a no-op build")
        #expect(linked > 0, "no output was reused")
        #expect(reusedContent > 0, "no post's rendered content was reused")
        #expect(renderSkipped > 0, "no page was linked without rendering it")
        #expect(parseReused > 0, "no parsed source was kept by the session")
    }

    @Test func untouchedOutputsKeepTheirFileAndANoOpBuildWritesNothing() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/2024-01-01-one.md": TestSite.post("One", date: "2024-01-01", body: "First text."),
            "Content/posts/2024-01-02-two.md": TestSite.post("Two", date: "2024-01-02", body: "Second text."),
        ])
        defer { site.remove() }
        let options = BuildOptions(source: site.root, now: Self.now, useCache: true)
        let first = try SiteBuilder(options: options).build()
        #expect(!first.upToDate)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".sitegen/build/v1").path))
        let one = site.output.appendingPathComponent("posts/one/index.html").path
        let two = site.output.appendingPathComponent("posts/two/index.html").path
        let stampOne = try #require(FileStamp(path: one)), stampTwo = try #require(FileStamp(path: two))

        let again = try SiteBuilder(options: options).build()
        #expect(again.upToDate, "nothing changed: nothing rebuilt")
        #expect(FileStamp(path: one) == stampOne && FileStamp(path: two) == stampTwo)

        try site.write("Content/posts/2024-01-02-two.md", TestSite.post("Two", date: "2024-01-02", body: "Second text, edited."))
        let edited = try SiteBuilder(options: options).build()
        #expect(!edited.upToDate && edited.unchanged > 0 && edited.unchanged < edited.files)
        #expect(FileStamp(path: one) == stampOne, "an unchanged page keeps its file (and modification time)")
        #expect(FileStamp(path: two) != stampTwo)
        #expect(site.file("posts/two/index.html")?.contains("Second text, edited.") == true)

        // A file changed by hand in the output is rewritten, not trusted.
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: one))
        let repaired = try SiteBuilder(options: options).build()
        #expect(!repaired.upToDate)
        #expect(site.file("posts/one/index.html")?.contains("First text.") == true)

        // Deleting the cache is safe: the next build is a clean one with the same output.
        let before = IncrementalBuildTests.tree(site.output)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".sitegen/build"))
        #expect(!(try SiteBuilder(options: options).build().upToDate))
        #expect(IncrementalBuildTests.tree(site.output) == before)
    }

    @Test func aScheduledPostAppearsWhenItsDateComesWithoutAnyEdit() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/2024-01-01-now.md": TestSite.post("Now", date: "2024-01-01"),
            "Content/posts/2030-01-01-later.md": TestSite.post("Later", date: "2030-01-01"),
        ])
        defer { site.remove() }
        _ = try SiteBuilder(options: BuildOptions(source: site.root, now: Self.now, useCache: true)).build()
        #expect(!site.exists("posts/later/index.html"))
        let later = try SiteBuilder(options: BuildOptions(source: site.root, now: Date(timeIntervalSince1970: 1_900_000_000), useCache: true)).build()
        #expect(!later.upToDate)
        #expect(site.exists("posts/later/index.html"))
    }
}

extension Array {
    func randomElement(using random: inout IncrementalBuildTests.Random) -> Element? {
        isEmpty ? nil : self[random.int(0..<count)]
    }
}
