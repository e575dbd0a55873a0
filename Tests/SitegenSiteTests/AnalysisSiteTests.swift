import Foundation
import Testing
@testable import SitegenSite

@Suite struct AnalysisSiteTests {
    static let original = """
        The calibration drift in our interferometer comes from thermal expansion of the aluminium mount, which shifts
        the reference arm by a few hundred nanometres over an afternoon. We measured the drift with a second laser
        and a quadrant photodiode, logging the fringe position every ten seconds for six hours while the lab warmed.
        Replacing the mount with invar reduced the drift by a factor of twelve, and a small heater loop removed most of what was left.
        """

    @Test func aRewrittenSectionIsMarkedAndScoresReachThePage() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "analysis:\n  show_on_own_posts: true\n",
            "Content/posts/a.md": "---\ntitle: Drift\ndate: 2024-01-01\n---\n\n## Where the drift comes from\n\n\(Self.original)\n\n## Something else\n\nWe also rebuilt the optical table legs with sorbothane pads to damp the building's vibration at night.\n",
            "Content/posts/b.md": "---\ntitle: Drift again\ndate: 2024-02-01\n---\n\n## Expert analysis: drift\n\n\(Self.original)\n",
            "Content/posts/c.md": "---\ntitle: Unrelated\ndate: 2024-03-01\n---\n\n## Tea\n\nWe brew green tea at seventy degrees for two minutes, then pour it over ice for the summer seminars.\n",
        ])
        defer { site.remove() }
        try site.build()
        let copy = try #require(site.file("posts/b/index.html"))
        #expect(copy.contains("class=\"restatement\""))
        #expect(copy.contains("restates § 1 of “Drift”"))
        #expect(copy.contains("href=\"/posts/a/#where-the-drift-comes-from\""))
        #expect(copy.contains("Repetition score"))
        let original = try #require(site.file("posts/a/index.html"))
        #expect(!original.contains("class=\"restatement\""), "the original is not marked")
        #expect(!(site.file("posts/c/index.html") ?? "").contains("class=\"restatement\""))
        let report = try #require(site.file("repetition/index.html"))
        #expect(report.contains("Drift again"))
        #expect(site.file("index.html")?.contains("href=\"/repetition/\"") == true)
    }

    @Test func analysisIsOnForSitesThatFollowFeedsAndCanBeTurnedOff() throws {
        let plain = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/a.md": TestSite.post("A")])
        defer { plain.remove() }
        try plain.build()
        #expect(!plain.exists("repetition/index.html"), "off by default without feeds")
        let feed = "<rss version=\"2.0\"><channel><title>F</title><link>https://f.example/</link><item><title>E</title><link>https://f.example/e</link><description>Text.</description></item></channel></rss>"
        let follows = try TestSite(["sitegen.yml": TestSite.config + "feeds:\n  - path: f.xml\n", "f.xml": feed, "Content/posts/a.md": TestSite.post("A")])
        defer { follows.remove() }
        try follows.build()
        #expect(follows.exists("repetition/index.html"), "on for a site that follows feeds")
        try follows.write("sitegen.yml", TestSite.config + "analysis: false\nfeeds:\n  - path: f.xml\n")
        try follows.build()
        #expect(!follows.exists("repetition/index.html"))
        #expect(follows.file("index.html")?.contains("/repetition/") == false)
    }

    /// Following a feed publishes scores on the followed source, never on the author's own posts unless asked.
    @Test func followingAFeedDoesNotJudgeTheAuthorsOwnPosts() throws {
        let intro = "This post is part of a series on calibrating interferometers in a teaching lab, written for students who build their first instrument from parts and want to know where the errors come from."
        let feed = """
            <rss version="2.0"><channel><title>Partner lab</title><link>https://f.example/</link>
            <item><title>Copied drift</title><link>https://f.example/e</link><description><![CDATA[<h2>Drift</h2><p>\(Self.original)</p><h2>Drift again</h2><p>\(Self.original)</p>]]></description></item>
            </channel></rss>
            """
        let post = { (title: String, day: Int) in
            "---\ntitle: \(title)\ndate: 2024-01-0\(day)\n---\n\n## Series\n\n\(intro)\n\n## Part\n\nPart \(day) covers the \(title.lowercased()) in detail, with measurements from the spring term.\n"
        }
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "feeds:\n  - path: f.xml\n", "f.xml": feed,
            "Content/posts/a.md": post("Mounts", 1), "Content/posts/b.md": post("Lasers", 2),
        ])
        defer { site.remove() }
        try site.build()
        for page in ["posts/a/index.html", "posts/b/index.html"] {
            let html = try #require(site.file(page))
            #expect(!html.contains("Repetition score") && !html.contains("class=\"restatement\""), "\(page)")
        }
        let report = try #require(site.file("repetition/index.html"))
        #expect(report.contains("Partner lab"))
        #expect(!report.contains("Lasers") && !report.contains("Mounts") && !report.contains("<td><a href=\"/\">Lab Notes</a></td>"), "own posts are not in the public report")
        try site.write("sitegen.yml", TestSite.config + "feeds:\n  - path: f.xml\nanalysis:\n  show_on_own_posts: true\n")
        try site.build()
        #expect(site.file("posts/b/index.html")?.contains("Repetition score") == true, "shown when the site asks")
    }
}
