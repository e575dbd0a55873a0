import Foundation
import SitegenCore
import Testing
@testable import SitegenLint

@Suite struct LinkRuleTests {
    typealias T = TestDocuments

    func context(_ text: String, inlines: [Inline], files: Set<String>? = nil, baseURL: String = "https://example.org/blog/") -> LintContext {
        let a = T.document(blocks: [T.paragraph(inlines, at: T.at(1))], sections: [T.section("Method", id: "method", at: T.at(3))])
        let b = T.document("Content/posts/b.md", blocks: [T.figure("p.png", alt: "P", caption: "P", label: "fig-p", at: T.at(1, 1, "Content/posts/b.md"))])
        let about = T.document("Content/pages/about.md")
        let documents = [a, b, about]
        let site = SiteInventory.derived(from: documents, config: SiteConfig(baseURL: baseURL), files: files)
        return LintContext(documents: documents, sources: [T.path: text], site: site)
    }

    func link(_ destination: String) -> Inline {
        .link(destination: destination, title: "", children: [.text("x")])
    }

    @Test func derivedInventoryFollowsPermalinks() {
        let site = context("", inlines: []).site
        #expect(site?.urlBySourcePath["Content/posts/b.md"] == "/blog/posts/b/")
        #expect(site?.urlBySourcePath["Content/pages/about.md"] == "/blog/about/")
        #expect(site?.anchors(ofPage: "/blog/posts/b/index.html")?.contains("fig-p") == true)
        #expect(site?.anchors(ofPage: "/blog/posts/a")?.contains("method") == true)
    }

    @Test func resolvesEveryLinkForm() {
        let links = ["/blog/posts/b/", "../b/", "b.md", "../pages/about.md", "/posts/b.md", "https://example.org/blog/about/",
                     "https://other.org/x", "mailto:a@b.c", "#method", "b.md#fig-p", "/blog/posts/b/#fig-p", "//cdn.org/x.js", "/posts/b/", "@/posts/b.md#fig-p", "../../../elsewhere/"]
        let text = links.map { "[x](\($0))" }.joined(separator: " ")
        let context = context(text, inlines: links.map(link))
        let broken = BrokenInternalLinkRule(configuration: RuleConfiguration(defaultsOf: BrokenInternalLinkRule.description)).check(context)
        let anchors = BrokenAnchorRule(configuration: RuleConfiguration(defaultsOf: BrokenAnchorRule.description)).check(context)
        #expect(broken.isEmpty)
        #expect(anchors.isEmpty)
    }

    @Test func reportsMissingPagesAndAnchorsAtTheDestination() {
        let text = "See [a](/blog/posts/missing/) and [b](c.md), [c](#metod) and [d](b.md#fig-q)."
        let context = context(text, inlines: [link("/blog/posts/missing/"), link("c.md"), link("#metod"), link("b.md#fig-q")])
        let broken = BrokenInternalLinkRule(configuration: RuleConfiguration(defaultsOf: BrokenInternalLinkRule.description)).check(context)
        #expect(broken.map(\.description) == [
            "Content/posts/a.md:1:9: error: link target `/blog/posts/missing/` does not exist in this site [broken-internal-link]\n  hint: check the path; pages are linked by URL (`/posts/slug/`) or by source file (`other.md`)",
            "Content/posts/a.md:1:39: error: link target `c.md` does not exist in this site [broken-internal-link]\n  hint: check the path; pages are linked by URL (`/posts/slug/`) or by source file (`other.md`)",
        ])
        let anchors = BrokenAnchorRule(configuration: RuleConfiguration(defaultsOf: BrokenAnchorRule.description)).check(context)
        #expect(anchors.map { $0.location?.column } == [50, 66])
        #expect(anchors.first?.hint == "did you mean `#method`?")
        #expect(anchors.last?.hint == "did you mean `#fig-p`?")
    }

    @Test func filesAreCheckedOnlyWhenKnown() {
        let images: [Inline] = [.image(Image(source: "plot.png", alt: [.text("p")], location: T.at(1, 1))), link("/blog/static/paper.pdf")]
        let unknown = context("![p](plot.png) [x](/blog/static/paper.pdf)", inlines: images)
        let rule = BrokenInternalLinkRule(configuration: RuleConfiguration(defaultsOf: BrokenInternalLinkRule.description))
        #expect(rule.check(unknown).isEmpty)
        let known = context("![p](plot.png) [x](/blog/static/paper.pdf)", inlines: images, files: ["/blog/posts/b/p.png"])
        #expect(rule.check(known).map(\.message) == ["link target `/blog/static/paper.pdf` does not exist in this site"])
        let image = MissingImageRule(configuration: RuleConfiguration(defaultsOf: MissingImageRule.description))
        #expect(image.check(known).map(\.message) == ["image `plot.png` not found"])
    }

    @Test func slugsAndGeneratedPagesFollowTheBuild() {
        let dated = T.document("Content/posts/2024-05-01-my-post.md", id: "posts/2024-05-01-my-post", metadata: Metadata(tags: ["Data Science"]))
        let bundle = T.document("Content/posts/2024-06-01-bundle/index.md", id: "posts/2024-06-01-bundle")
        let renamed = T.document("Content/pages/about.md", metadata: Metadata(slug: "Who We Are"))
        let site = SiteInventory.derived(from: [dated, bundle, renamed], config: SiteConfig(), files: [])
        #expect(site.urlBySourcePath["Content/posts/2024-05-01-my-post.md"] == "/posts/my-post/")
        #expect(site.urlBySourcePath["Content/posts/2024-06-01-bundle/index.md"] == "/posts/bundle/")
        #expect(site.urlBySourcePath["Content/pages/about.md"] == "/who-we-are/")
        for page in ["/", "/archive/", "/tags/", "/tags/data-science/", "/reading/"] {
            #expect(site.anchors(ofPage: page) != nil, "\(page)")
        }
        #expect(site.containsFile("/index.xml") && site.containsFile("/sitemap.xml"))
        let resolver = LinkResolver(site: site)
        #expect(resolver.resolve("/reading/some-source/", from: "Content/pages/about.md").problem == nil)
        #expect(resolver.resolve("/tags/other/", from: "Content/pages/about.md").problem != nil)
        let context = LintContext(documents: [dated, bundle])
        #expect(context.document(id: "posts/my-post")?.id == "posts/2024-05-01-my-post")
        #expect(context.document(id: "posts/2024-06-01-bundle")?.id == "posts/2024-06-01-bundle")
        #expect(context.document(id: "posts/bundle")?.id == "posts/2024-06-01-bundle")
        #expect(context.document(id: "posts/nothing") == nil)
    }

    @Test func siteAbsolutePathsGetTheBasePathAndSourceLinksTheirPage() {
        let site = context("", inlines: []).site!
        let resolver = LinkResolver(site: site)
        let from = "Content/posts/a.md"
        #expect(resolver.resolve("/posts/b/", from: from).href == "/blog/posts/b/")
        #expect(resolver.resolve("/blog/posts/b/", from: from).href == "/blog/posts/b/")
        #expect(resolver.resolve("b.md#fig-p", from: from).href == "/blog/posts/b/#fig-p")
        #expect(resolver.resolve("../pages/about.md", from: from).href == "/blog/about/")
        #expect(resolver.resolve("@/pages/about.md", from: from).href == "/blog/about/")
        #expect(resolver.resolve("../b/", from: from).href == "../b/")
        #expect(resolver.resolve("https://other.org/x", from: from).href == "https://other.org/x")
        #expect(resolver.resolve("/posts/missing/", from: from).problem == .missingTarget)
        #expect(resolver.resolve("missing.md", from: from).href == "missing.md")
        var bundled = site
        bundled.urlBySourcePath["Content/posts/2025-06-01-extra/index.md"] = "/blog/posts/extra/"
        #expect(LinkResolver(site: bundled).resolve("2025-06-01-extra.md", from: from).href == "/blog/posts/extra/", "a bundle by its folder name")
    }

    @Test func draftsAndScheduledPostsAreUnpublished() {
        let a = T.document(blocks: [])
        let draft = T.document("Content/posts/d.md", id: "posts/d", metadata: Metadata(draft: true))
        let later = T.document("Content/posts/l.md", id: "posts/l", metadata: Metadata(date: Date(timeIntervalSince1970: 4_000_000_000)))
        let site = SiteInventory.derived(from: [a, draft, later], config: SiteConfig(), now: Date(timeIntervalSince1970: 1_700_000_000))
        let resolver = LinkResolver(site: site)
        #expect(resolver.resolve("d.md", from: T.path).problem == LinkResolver.Problem.unpublished("a draft"))
        #expect(resolver.resolve("/posts/l/", from: T.path).problem == LinkResolver.Problem.unpublished("scheduled for 2096-10-02"))
    }
}
