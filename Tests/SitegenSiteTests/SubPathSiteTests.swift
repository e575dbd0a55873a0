import Foundation
import Testing
import SitegenCore
@testable import SitegenSite

/// A blog published under a sub-path (GitHub Pages project site): every link in every page and feed resolves.
@Suite struct SubPathSiteTests {
    static let base = "https://jdoe.github.io/fieldnotes/"

    static let feed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Partner lab</title><link>https://partner.example/blog/</link>
        <item><title>Their post</title><link>https://partner.example/blog/posts/one/</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>
        <description><![CDATA[<p>See <a href="../two/">their next post</a>, <a href="/about/">about them</a> and <img src="img/p.png" alt="a plot">.</p>]]></description>
        </item></channel></rss>
        """

    static func site(baseURL: String? = base) throws -> TestSite {
        try TestSite([
            "sitegen.yml": "title: Field notes\n" + (baseURL.map { "base_url: \($0)\n" } ?? "") + "feeds:\n  - path: partner.xml\n",
            "partner.xml": feed,
            "Content/posts/2025-05-01-first.md": """
                ---
                title: First
                date: 2025-05-01
                tags: [C++, C, C#]
                ---

                ## Setup {#sec-setup}

                Links written every way a Hugo, Zola or Quarto user writes them: [by URL](/posts/second/),
                [by source file](2025-06-01-second/index.md#sec-results), [a page](../pages/about.md),
                [Zola style](@/pages/about.md), [relative](../second/), [this page](#sec-setup),
                [the archive](/archive/), [a tag](/tags/c-plus-plus/), [the feed](/index.xml) and @posts/second#fig-plot.

                ![The logo](/img/logo.png)
                """,
            "Content/posts/2025-06-01-second/index.md": """
                ---
                title: Second
                date: 2025-06-01
                tags: [C]
                ---

                ## Results {#sec-results}

                ![A plot](plot.png){#fig-plot}

                Back to [the first post](/posts/first/#sec-setup).
                """,
            "Content/posts/2025-06-01-second/plot.png": "png",
            "Content/static/img/logo.png": "png",
            "Content/pages/about.md": "---\ntitle: About\n---\n\nWho we are; [the first post](../posts/2025-05-01-first.md).\n",
        ])
    }

    @Test func everyInternalURLOfEveryPageAndFeedResolves() throws {
        let site = try Self.site()
        defer { site.remove() }
        let summary = try site.build(strict: true)
        #expect(summary.diagnostics.filter { $0.severity != .note }.isEmpty, "\(summary.diagnostics)")
        let (broken, checked) = OutputLinkCheck(root: site.output, baseURL: Self.base).run()
        #expect(broken.isEmpty, "\(broken)")
        #expect(checked > 100, "\(checked) URLs checked")
        let first = try #require(site.file("posts/first/index.html"))
        for href in ["/fieldnotes/posts/second/", "/fieldnotes/posts/second/#sec-results", "/fieldnotes/about/", "/fieldnotes/archive/",
                     "/fieldnotes/tags/c-plus-plus/", "/fieldnotes/index.xml", "../second/", "#sec-setup", "/fieldnotes/posts/second/#fig-plot"] {
            #expect(first.contains("href=\"\(href)\""), "\(href)")
        }
        #expect(first.contains("src=\"/fieldnotes/img/logo.png\""))
        #expect(!first.contains(".md\"") && !first.contains("href=\"/posts/"), "no source-file or unprefixed link is left")
        let rss = try #require(site.file("index.xml"))
        #expect(rss.contains("href=&quot;https://jdoe.github.io/fieldnotes/posts/second/&quot;") || rss.contains("href=\"https://jdoe.github.io/fieldnotes/posts/second/\""))
        let entry = try #require(site.file("reading/partner-lab/their-post/index.html") ?? site.file("reading/index.html"))
        #expect(!entry.contains("href=\"../two/\""), "relative links of a followed feed are made absolute")
    }

    @Test func withoutABaseURLNothingNamesAMadeUpHost() throws {
        let site = try Self.site(baseURL: nil)
        defer { site.remove() }
        let summary = try site.build()
        let warning = try #require(summary.diagnostics.first { $0.ruleID == "missing-base-url" })
        #expect(warning.severity == .warning && warning.location?.file == "sitegen.yml")
        for file in site.outputFiles() {
            #expect(!(site.file(file) ?? "").contains("localhost"), "\(file)")
        }
        #expect(!site.exists("index.xml") && !site.exists("atom.xml") && !site.exists("sitemap.xml"))
        let home = try #require(site.file("index.html"))
        #expect(!home.contains("rel=\"canonical\"") && !home.contains("index.xml"))
        // The one link left dangling is the post's own link to the feed, which the build reported.
        #expect(OutputLinkCheck(root: site.output, baseURL: "https://any.example/").run().broken.map(\.url) == ["/index.xml"])
        #expect(summary.diagnostics.contains { $0.ruleID == "broken-internal-link" && $0.message.contains("/index.xml") })
        let failure = try #require(site.failure(strict: true))
        #expect(failure.diagnostics.contains { $0.ruleID == "missing-base-url" && $0.severity == .error })
        try site.build(baseURL: "https://jdoe.github.io/fieldnotes/")
        #expect(site.exists("index.xml"), "--base-url brings the feeds back")
    }

    @Test func tagsKeepPlusAndSharpAndCollisionsAreReported() throws {
        #expect(["C++", "C#", "C", "F#", "#hashtag", "Data Science"].map(Slugger.tagSlug) == ["c-plus-plus", "c-sharp", "c", "f-sharp", "hashtag", "data-science"])
        let site = try TestSite([
            "sitegen.yml": "title: T\nbase_url: https://example.org/\n",
            "Content/posts/a.md": "---\ntitle: A\ndate: 2025-01-01\ntags: [R&D, Data Science]\n---\n\nText.\n",
            "Content/posts/b.md": "---\ntitle: B\ndate: 2025-01-02\ntags:\n  - R-D\n  - data-science\n---\n\nText.\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        let collisions = summary.diagnostics.filter { $0.ruleID == "tag-slug-collision" }
        #expect(collisions.map(\.description) == [
            "Content/posts/b.md:5:5: warning: tags 'R&D' (Content/posts/a.md) and 'R-D' share the page tags/r-d/ and are merged [tag-slug-collision]\n  hint: use one spelling for the tag, or rename one of them so their URLs differ",
        ])
        #expect(collisions.count == 1, "`Data Science` and `data-science` are one tag, not a collision")
    }

    /// The repository's own documentation site (`make site`), published under a sub-path as a GitHub project site.
    @Test func theRepositorysOwnSiteHasNoUnprefixedOrBrokenLinksUnderASubPath() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let base = "https://jdoe.github.io/sitegen/"
        let summary = try SiteBuilder(options: BuildOptions(source: repository, output: output, baseURL: base, strict: true)).build()
        #expect(!summary.diagnostics.contains { $0.severity == .error })
        let (broken, checked) = OutputLinkCheck(root: output, baseURL: base).run()
        #expect(broken.isEmpty, "\(broken)")
        #expect(checked > 1000, "\(checked) URLs checked")
    }

    /// Quarto documents among the posts link to each other by source file, as in a Quarto blog.
    @Test func qmdAndMdPostsLinkBySourceFile() throws {
        let site = try TestSite([
            "sitegen.yml": "title: T\nbase_url: \(Self.base)\n",
            "Content/posts/2025-01-01-notebook.qmd": "---\ntitle: Notebook\ndate: 2025-01-01\n---\n\n## Fit {#sec-fit}\n\nSee [the note](2025-01-02-note.md).\n",
            "Content/posts/2025-01-02-note.md": "---\ntitle: Note\ndate: 2025-01-02\n---\n\nFrom [the notebook](2025-01-01-notebook.qmd#sec-fit).\n",
        ])
        defer { site.remove() }
        let summary = try site.build(strict: true)
        #expect(!summary.diagnostics.contains { $0.severity != .note }, "\(summary.diagnostics)")
        #expect(site.file("posts/notebook/index.html")?.contains("href=\"/fieldnotes/posts/note/\"") == true)
        #expect(site.file("posts/note/index.html")?.contains("href=\"/fieldnotes/posts/notebook/#sec-fit\"") == true)
        #expect(OutputLinkCheck(root: site.output, baseURL: Self.base).run().broken.isEmpty)
    }
}
