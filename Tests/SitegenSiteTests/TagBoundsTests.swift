import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

/// A post with very many tags: every tag page lists the post, so the output must not repeat the whole tag list
/// on each of them (which made it grow with the square of the tag count).
@Suite struct TagBoundsTests {
    private static func site(tags: Int) throws -> TestSite {
        let names = (1...tags).map { "topic \($0)" }
        return try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/many.md": TestSite.post("Many tags", tags: names),
            "Content/posts/few.md": TestSite.post("Few tags", date: "2024-02-01", tags: ["topic 1", "optics"]),
        ])
    }

    private static func outputBytes(_ site: TestSite) -> Int {
        site.outputFiles().reduce(0) { total, path in
            let size = (try? FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)[.size] as? Int) ?? 0
            return total + size
        }
    }

    @Test func listingsShowAFewTagsPerEntryAndThePostShowsAll() throws {
        let site = try Self.site(tags: 150)
        defer { site.remove() }
        let summary = try site.build()
        let warning = try #require(summary.diagnostics.first { $0.ruleID == "too-many-tags" })
        #expect(warning.message.contains("150 tags"))
        #expect(warning.location?.file == "Content/posts/many.md" && warning.location?.line == 4)
        let tagPage = try #require(site.file("tags/topic-77/index.html"))
        #expect(tagPage.contains("Many tags"))
        #expect(tagPage.components(separatedBy: "rel=\"tag\"").count - 1 == SiteLimits.tagsPerListingEntry)
        #expect(tagPage.contains("140 more"))
        let post = try #require(site.file("posts/many/index.html"))
        #expect(post.contains("href=\"/tags/topic-150/\""), "the post's own page lists every tag")
        let feed = try #require(site.file("tags/topic-77/index.xml"))
        #expect(feed.components(separatedBy: "<category").count - 1 == SiteLimits.tagsPerFeedItem)
        #expect(site.file("tags/topic-1/index.html")?.contains("Few tags") == true)
    }

    @Test func outputGrowsLinearlyWithTheTagCount() throws {
        let small = try Self.site(tags: 100), large = try Self.site(tags: 300)
        defer {
            small.remove()
            large.remove()
        }
        try small.build()
        try large.build()
        let ratio = Double(Self.outputBytes(large)) / Double(Self.outputBytes(small))
        // Three times the tags: three times the tag pages and feeds, each of bounded size (quadratic would be ~9).
        #expect(ratio < 3.3, "output grew \(ratio)× for 3× the tags")
    }
}
