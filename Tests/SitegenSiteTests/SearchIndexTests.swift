import Foundation
import Testing
import SitegenCore
@testable import SitegenSite

/// The static search: the index written at build time, the search page, and the bound on the index's size.
@Suite struct SearchIndexTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Index: Decodable {
        struct Page: Decodable {
            var u: String
            var t: String
            var d: String?
            var g: [String]?
            var s: String?
        }
        var v: Int
        var pages: [Page]
        var sections: [[Field]]
        var words: [String: [Int]]

        enum Field: Decodable, Equatable {
            case number(Int), text(String)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
            }
        }

        /// The section numbers of `word` (the file stores differences).
        func sections(of word: String) -> [Int] {
            var value = 0
            return (words[word] ?? []).map { value += $0; return value }
        }

        /// The page URLs whose sections use `word`.
        func pages(with word: String) -> Set<String> {
            Set(sections(of: word).compactMap { s -> String? in
                guard case .number(let page)? = sections[s].first else { return nil }
                return pages[page].u
            })
        }
    }

    static func index(_ site: TestSite) throws -> Index {
        try JSONDecoder().decode(Index.self, from: Data(contentsOf: site.output.appendingPathComponent("search/index.json")))
    }

    static func htmlBytes(_ site: TestSite) -> Int {
        site.outputFiles().filter { $0.hasSuffix(".html") }.reduce(0) { total, path in
            total + ((try? Data(contentsOf: site.output.appendingPathComponent(path)))?.count ?? 0)
        }
    }

    @Test func theIndexHoldsTitlesHeadingsTagsAndTextWithURLsRelativeToTheSiteRoot() throws {
        let site = try TestSite([
            "sitegen.yml": "title: Field notes\nbase_url: https://jdoe.github.io/fieldnotes/\nbibliography: refs.bib\n",
            "Content/refs.bib": "@book{knuth1984, author = {Knuth, Donald}, title = {Literate Programming}, year = {1984}, publisher = {CSLI}}\n",
            "Content/posts/2025-06-01-spectra.md": """
                ---
                title: Calibrating the Spectrometer
                date: 2025-06-01
                tags: [optics, Métrologie]
                description: How the grating was aligned.
                ---
                The first paragraph mentions a photodiode and a citation [@knuth1984].

                ## Dark frames {#sec-dark}

                Subtract the dark current before anything else; see @sec-dark.

                ### Über-sampling

                Averaging sixteen frames lowers the noise.
                """,
            "Content/posts/2025-06-02-other.md": "---\ntitle: Another note\ndate: 2025-06-02\n---\nNothing about light here, only the bench.\n",
            "Content/posts/2025-06-03-wip.md": "---\ntitle: Unfinished\ndate: 2025-06-03\ndraft: true\n---\nsecret words\n",
            "Content/pages/about.md": "---\ntitle: About\n---\nA lab notebook kept by J. Doe.\n",
            "Content/pages/imprint.md": "---\ntitle: Imprint\nsearch: false\n---\nLegal address.\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        let index = try Self.index(site)
        #expect(index.v == 1)
        #expect(index.pages.map(\.u) == ["posts/other/", "posts/spectra/", "about/"], "posts newest first, then pages; no drafts")
        let post = try #require(index.pages.first { $0.u == "posts/spectra/" })
        #expect(post.t == "Calibrating the Spectrometer" && post.d == "2025-06-01" && post.g == ["optics", "Métrologie"])
        #expect(post.s == "How the grating was aligned.")
        #expect(index.pages(with: "spectrometer") == ["posts/spectra/"], "title words")
        #expect(index.pages(with: "optics") == ["posts/spectra/"] && index.pages(with: "metrologie") == ["posts/spectra/"],
                "tags, accents folded")
        #expect(index.pages(with: "photodiode") == ["posts/spectra/"] && index.pages(with: "bench") == ["posts/other/"], "text")
        #expect(index.pages(with: "notebook") == ["about/"], "pages too")
        #expect(index.words["secret"] == nil, "drafts are not indexed")
        #expect(index.words["legal"] == nil && site.exists("imprint/index.html"), "search: false leaves a page out of the index only")
        #expect(!summary.diagnostics.contains { $0.message.contains("search") }, "\(summary.diagnostics)")
        #expect(index.words["the"] == nil && index.words["a"] == nil, "stop words and one-letter words are left out")
        #expect(index.words["knuth1984"] == nil && index.words["sec"] == nil, "citation keys and labels are not text")
        // Headings are sections with the id the page gives them, so a result can link to the place.
        let dark = try #require(index.sections(of: "dark").first)
        #expect(index.sections[dark] == [.number(1), .text("sec-dark"), .text("Dark frames")])
        let uber = try #require(index.sections(of: "uber").first)
        guard case .text(let id)? = index.sections[uber].dropFirst().first else { Issue.record("no id"); return }
        let page = try #require(site.file("posts/spectra/index.html"))
        #expect(page.contains("id=\"sec-dark\"") && page.contains("id=\"\(id)\""), "section ids exist in the page: \(id)")
        // Its size is reported, against the HTML written.
        let bytes = try Data(contentsOf: site.output.appendingPathComponent("search/index.json")).count
        #expect(summary.searchIndexBytes == bytes)
        #expect(summary.htmlBytes == Self.htmlBytes(site))
    }

    @Test func theSearchPageLoadsTheScriptAndIndexUnderTheBasePathAndOtherPagesDoNot() throws {
        let site = try TestSite([
            "sitegen.yml": "title: Field notes\nbase_url: https://jdoe.github.io/fieldnotes/\n",
            "Content/posts/2025-06-01-a.md": "---\ntitle: A\ndate: 2025-06-01\n---\nText.\n",
        ])
        defer { site.remove() }
        try site.build()
        let search = try #require(site.file("search/index.html"))
        #expect(search.contains("<script defer src=\"/fieldnotes/assets/search.js\"></script>"))
        #expect(search.contains("data-index=\"/fieldnotes/search/index.json\"") && search.contains("data-root=\"/fieldnotes/\""))
        #expect(search.contains("<noscript>") && search.contains("href=\"/fieldnotes/archive/\""), "without JavaScript it points to the archive")
        #expect(site.exists("assets/search.js"))
        for path in site.outputFiles() where path.hasSuffix(".html") && path != "search/index.html" {
            let html = try #require(site.file(path))
            #expect(!html.contains("search.js"), "\(path) loads no script")
            #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"/fieldnotes/search/\" method=\"get\">"), "\(path) has the search box")
        }
        // Built twice, the index is the same bytes.
        let first = try Data(contentsOf: site.output.appendingPathComponent("search/index.json"))
        _ = try SiteBuilder(options: BuildOptions(source: site.root, now: Date(timeIntervalSince1970: 1_900_000_000), useCache: false)).build()
        #expect(try Data(contentsOf: site.output.appendingPathComponent("search/index.json")) == first)
    }

    @Test func searchFalseWritesNoIndexNoPageAndNoBox() throws {
        let site = try TestSite([
            "sitegen.yml": "title: T\nbase_url: https://t.example/\nsearch: false\n",
            "Content/posts/2025-06-01-a.md": "---\ntitle: A\ndate: 2025-06-01\n---\nText.\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.searchIndexBytes == nil)
        #expect(!site.exists("search/index.json") && !site.exists("search/index.html"))
        #expect(site.file("posts/a/index.html")?.contains("site-search") == false)
        #expect(!summary.diagnostics.contains { $0.message.contains("search") }, "a known key")
    }

    @Test func aQuartoProjectWithSearchOffHasNoSearch() throws {
        let site = try TestSite([
            "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Q\n  site-url: https://q.example/\n  search: false\n",
            "index.qmd": "---\ntitle: Home\n---\nWelcome.\n",
            "post.qmd": "---\ntitle: A post\n---\nText.\n",
        ])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("_site")
        let summary = try SiteBuilder(options: BuildOptions(source: site.root, output: output)).build()
        #expect(summary.searchIndexBytes == nil)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("search/index.json").path))
        try Data("project:\n  type: website\nwebsite:\n  title: Q\n  site-url: https://q.example/\n".utf8).write(to: site.root.appendingPathComponent("_quarto.yml"))
        let on = try SiteBuilder(options: BuildOptions(source: site.root, output: output, useCache: false)).build()
        #expect(on.searchIndexBytes != nil, "search is on unless the project turns it off, as in Quarto")
    }

    /// The bound the index keeps: at most 15 % of the bytes of the site's HTML pages, measured on sites in the
    /// shapes real ones have — the site `sitegen new site` writes, sitegen's own documentation site, and a
    /// Quarto blog.
    @Test func theIndexStaysUnderFifteenPercentOfTheHTML() throws {
        let newSite = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: newSite) }
        for (path, data) in SiteSkeleton.files(title: "Notes", baseURL: "https://jdoe.github.io/notes/", date: Date(timeIntervalSince1970: 1_750_000_000),
                                               sitegenRepository: "https://example.org/sitegen.git", sitegenVersion: "v0.1.0") {
            let url = newSite.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let sites: [(String, URL)] = [
            ("new site", newSite),
            ("sitegen's documentation", Self.packageRoot),
            ("Quarto blog", Self.packageRoot.appendingPathComponent("Tests/Fixtures/quarto-blog")),
        ]
        for (name, root) in sites {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-search-out-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let summary = try SiteBuilder(options: BuildOptions(source: root, output: output, useCache: false)).build()
            let bytes = try #require(summary.searchIndexBytes, "\(name) has a search index")
            let share = Double(bytes) / Double(summary.htmlBytes)
            print("search index of \(name): \(bytes) bytes, \(String(format: "%.1f", share * 100)) % of \(summary.htmlBytes) bytes of HTML")
            #expect(share <= 0.15, "\(name): \(bytes) of \(summary.htmlBytes)")
            #expect(bytes > 0)
        }
    }

    @Test func wordsAreSplitFoldedAndFilteredAsTheScriptDoes() {
        #expect(SearchIndex.words("Über-sampling, the C++ and x86_64 café!") == ["uber", "sampling", "x86", "64", "cafe"])
        #expect(SearchIndex.words(String(repeating: "a", count: 33) + " ok") == ["ok"])
        #expect(SearchIndex.withoutKeys("as shown [@knuth1984; @lamport:94] in @fig-loop, mail j@x.org") == "as shown [; ] in , mail j@x.org")
    }
}
