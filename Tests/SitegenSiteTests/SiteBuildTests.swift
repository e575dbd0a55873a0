import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

@Suite struct SiteBuildTests {
    @Test func buildsPostsPagesListingsAndSitemap() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/2024-03-05-first-light.md": TestSite.post("First Light", date: "2024-03-05", tags: ["optics", "Data Science"]),
            "Content/posts/second.md": TestSite.post("Second", date: "2024-04-01", tags: ["optics"]),
            "Content/pages/about.md": "---\ntitle: About us\n---\nWe study light.\n",
            "Content/static/files/data.csv": "a,b\n1,2\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.pages >= 8)
        #expect(site.exists("posts/first-light/index.html"))
        #expect(site.exists("posts/second/index.html"))
        #expect(site.exists("about/index.html"))
        #expect(site.exists("tags/optics/index.html"))
        #expect(site.exists("tags/data-science/index.html"))
        #expect(site.exists("archive/index.html"))
        #expect(site.exists("404.html"))
        #expect(site.exists("files/data.csv"))
        #expect(site.exists("assets/style.css"))
        let home = try #require(site.file("index.html"))
        let first = try #require(home.range(of: "Second")?.lowerBound)
        let second = try #require(home.range(of: "First Light")?.lowerBound)
        #expect(first < second, "newest post first")
        #expect(home.contains("href=\"/about/\""))
        let post = try #require(site.file("posts/first-light/index.html"))
        #expect(post.contains("<link rel=\"canonical\" href=\"https://lab.example.org/posts/first-light/\">"))
        #expect(post.contains("property=\"og:title\" content=\"First Light\""))
        #expect(post.contains("<time datetime=\"2024-03-05T00:00:00Z\">March 5, 2024</time>"))
        #expect(post.contains("application/atom+xml"))
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://lab.example.org/posts/second/</loc>"))
        #expect(site.file("robots.txt")?.contains("Sitemap: https://lab.example.org/sitemap.xml") == true)
        let tag = try #require(site.file("tags/optics/index.html"))
        #expect(tag.contains("First Light") && tag.contains("Second"))
        #expect(!(site.file("tags/data-science/index.html") ?? "").contains(">Second<"))
    }

    @Test func draftsAndFuturePostsAreLeftOutUnlessAsked() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/draft.md": "---\ntitle: Draft\ndate: 2024-01-01\ndraft: true\n---\nx\n",
            "Content/posts/future.md": TestSite.post("Future", date: "2099-01-01"),
            "Content/posts/now.md": TestSite.post("Now"),
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.exists("posts/now/index.html"))
        #expect(!site.exists("posts/draft/index.html"))
        #expect(!site.exists("posts/future/index.html"))
        #expect(!(site.file("index.html") ?? "").contains("Draft"))
        try site.build(drafts: true)
        #expect(site.exists("posts/draft/index.html"))
        #expect(site.exists("posts/future/index.html"))
    }

    @Test func homePageIsPaginated() throws {
        var files = ["sitegen.yml": TestSite.config + "paginate: 2\n"]
        for i in 1...5 { files["Content/posts/p\(i).md"] = TestSite.post("Post \(i)", date: "2024-01-0\(i)") }
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(site.exists("page/2/index.html"))
        #expect(site.exists("page/3/index.html"))
        #expect(!site.exists("page/4/index.html"))
        let page2 = try #require(site.file("page/2/index.html"))
        #expect(page2.contains("Post 3") && page2.contains("Post 2"))
        #expect(!page2.contains("Post 5"))
        #expect(page2.contains("href=\"/page/3/\""))
    }

    @Test func twoPostsWithTheSameURLFailTheBuildNamingBoth() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/a.md": "---\ntitle: A\nslug: same\n---\nx\n",
            "Content/posts/b.md": "---\ntitle: B\nslug: same\n---\nx\n",
        ])
        defer { site.remove() }
        let error = try #require(site.failure())
        let d = try #require(error.diagnostics.first)
        #expect(d.ruleID == "duplicate-url")
        #expect(d.message.contains("Content/posts/a.md") && d.message.contains("Content/posts/b.md"))
        #expect(d.hint?.contains("slug") == true)
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/a.md": TestSite.post("Alpha"),
        ])
        defer { site.remove() }
        try site.build()
        let before = site.outputFiles()
        #expect(site.file("posts/a/index.html")?.contains("Alpha") == true)
        try site.write("Themes/default/templates/post.mustache", "{{#broken}}never closed")
        #expect(site.failure() != nil)
        #expect(site.outputFiles() == before)
        #expect(site.file("posts/a/index.html")?.contains("Alpha") == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sitegen-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func templateErrorsNameTheTemplateFileAndLine() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/a.md": TestSite.post("Alpha"),
            "Themes/default/templates/post.mustache": "<p>\n{{#page}}\n{{title}\n",
        ])
        defer { site.remove() }
        let error = try #require(site.failure())
        let d = try #require(error.diagnostics.first)
        #expect(d.location?.file == "Themes/default/templates/post.mustache")
        #expect((d.location?.line ?? 0) >= 2)
    }

    @Test func aSiteMayOverrideOneTemplate() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/pages/about.md": "---\ntitle: About\n---\nx\n",
            "Themes/default/templates/page.mustache": "<!DOCTYPE html><title>{{page.title}}</title><p class=custom>{{page.title}} by {{site.title}}</p>",
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.file("about/index.html")?.contains("<p class=custom>About by Lab Notes</p>") == true)
        #expect(site.file("archive/index.html")?.contains("skip-link") == true, "other templates stay the default")
    }

    @Test func refusesToWriteIntoContent() throws {
        let site = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/a.md": TestSite.post("A")])
        defer { site.remove() }
        do {
            _ = try SiteBuilder(options: BuildOptions(source: site.root, output: site.root.appendingPathComponent("Content"))).build()
            Issue.record("expected a refusal")
        } catch let error as SitegenError {
            #expect(error.diagnostics.first?.hint?.contains("--output") == true)
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/posts/a.md").path))
    }

    @Test func missingContentFolderIsAClearError() throws {
        let site = try TestSite(["sitegen.yml": TestSite.config])
        defer { site.remove() }
        let error = try #require(site.failure())
        #expect(error.diagnostics.first?.hint?.contains("Content/posts") == true)
    }

    @Test func outputIsByteIdenticalOnRebuild() throws {
        var files = ["sitegen.yml": TestSite.config]
        for i in 1...12 { files["Content/posts/p\(i).md"] = TestSite.post("Post \(i)", date: "2024-02-\(10 + i)", tags: ["t\(i % 3)"]) }
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        let first = Dictionary(uniqueKeysWithValues: site.outputFiles().map { ($0, site.file($0)) })
        try site.build()
        let second = Dictionary(uniqueKeysWithValues: site.outputFiles().map { ($0, site.file($0)) })
        #expect(first == second)
    }

    @Test func aliasesRedirectToTheCanonicalPage() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/new.md": "---\ntitle: New\ndate: 2024-01-01\naliases: [/old/path/, ../../etc/evil]\n---\nx\n",
        ])
        defer { site.remove() }
        try site.build()
        let redirect = try #require(site.file("old/path/index.html"))
        #expect(redirect.contains("url=https://lab.example.org/posts/new/"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("etc/evil").path))
    }
}

@Suite struct TemplateContextTests {
    @Test func mathLoadsTheConfiguredLibraryOnlyOnPagesWithMath() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "math: katex\n",
            "Content/posts/m.md": TestSite.post("Math", body: "Energy $E = mc^2$ here."),
            "Content/posts/n.md": TestSite.post("No math", body: "Plain."),
            "Content/posts/j.md": "---\ntitle: J\ndate: 2024-01-01\nhtml-math-method: mathjax\n---\n\n$x$\n",
        ])
        defer { site.remove() }
        try site.build()
        let math = try #require(site.file("posts/m/index.html"))
        #expect(math.contains("katex.min.js") && !math.contains("mathjax@3"))
        #expect(math.contains(#"<span class="math inline">\(E = mc^2\)</span>"#))
        #expect(site.file("posts/j/index.html")?.contains("mathjax@3") == true, "front matter overrides the site")
        let plain = try #require(site.file("posts/n/index.html"))
        #expect(!plain.contains("katex") && !plain.contains("mathjax"), "no external request without math")
    }

    @Test func paramsReachTemplates() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "params:\n  lab: Optics Lab\n",
            "Content/pages/about.md": "---\ntitle: About\nmood: sunny\n---\nx\n",
            "Themes/default/templates/page.mustache": "<p>{{site.params.lab}} {{page.params.mood}}</p>",
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.file("about/index.html") == "<p>Optics Lab sunny</p>")
    }

    @Test func anUnknownMathLibraryIsAnError() {
        #expect(throws: (any Error).self) { try SiteConfigLoader.parse("title: X\nmath: latex\n") }
    }
}

@Suite struct FailureReportTests {
    @Test func aFailedBuildStillReportsTheWarningsFoundBeforeIt() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "paginte: 3\n",
            "Content/posts/bad.md": "---\ntitle: Bad\ndate: 2024-02-30\n---\nx\n",
        ])
        defer { site.remove() }
        let error = try #require(site.failure())
        #expect(error.diagnostics.contains { $0.ruleID == "invalid-date" && $0.severity == .error })
        #expect(error.diagnostics.contains { $0.message.contains("paginte") && $0.severity == .warning })
    }
}
