import Foundation
import Testing
@testable import SitegenSite

@Suite struct ReadingSectionTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Friends of the Lab</title>
          <link>https://friends.example.net/</link>
          <description>Their notes</description>
          <item>
            <title>Measuring refraction at home</title>
            <link>https://friends.example.net/refraction/</link>
            <guid>https://friends.example.net/refraction/</guid>
            <pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
            <content:encoded><![CDATA[<p>We bent light <img src="/img/setup.png" alt="setup" onerror="alert(1)"> in a glass.</p><script>alert('x')</script><p><a href="javascript:alert(2)">click</a></p>]]></content:encoded>
          </item>
          <item>
            <title>Short note</title>
            <link>https://friends.example.net/note/</link>
            <pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate>
            <description>Only a summary here.</description>
          </item>
        </channel>
        </rss>
        """

    @Test func ingestedEntriesGetSanitisedPagesAndListings() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "reading:\n  title: Elsewhere\nfeeds:\n  - path: feeds/friends.xml\n    name: Friends\n",
            "feeds/friends.xml": Self.feed,
            "Content/posts/a.md": TestSite.post("Our post"),
        ])
        defer { site.remove() }
        try site.build()
        let entry = try #require(site.file("reading/friends/measuring-refraction-at-home/index.html"))
        #expect(entry.contains("We bent light"))
        #expect(entry.contains("src=\"https://friends.example.net/img/setup.png\""))
        #expect(!entry.contains("<script>alert"))
        #expect(!entry.contains("onerror"))
        #expect(!entry.contains("javascript:"))
        #expect(entry.contains("href=\"https://friends.example.net/refraction/\""), "links to the original")
        #expect(entry.contains("href=\"/reading/friends/\""), "attributes its source")
        let listing = try #require(site.file("reading/index.html"))
        #expect(listing.contains("Elsewhere"))
        #expect(listing.contains("Measuring refraction at home"))
        #expect(listing.contains("href=\"https://friends.example.net/note/\""), "summary-only entries link out")
        #expect(!site.exists("reading/friends/short-note/index.html"))
        #expect(site.exists("reading/friends/index.html"))
        #expect(site.file("index.html")?.contains("href=\"/reading/\"") == true, "navigation links the section")
    }

    @Test func aRemoteFeedNeverIngestedIsAWarningNotAFailure() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "feeds:\n  - https://feeds.example.invalid/atom.xml\n",
            "Content/posts/a.md": TestSite.post("Our post"),
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.severity == .warning && $0.hint?.contains("sitegen ingest") == true })
        #expect(site.exists("posts/a/index.html"))
        #expect(!site.exists("reading/index.html"))
    }
}
