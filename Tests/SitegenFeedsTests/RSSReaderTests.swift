import Foundation
import Testing
@testable import SitegenFeeds

@Suite struct RSSReaderTests {
    func parse(_ text: String, source: String = "feed.xml") throws -> Feed {
        try FeedParser.parse(Data(text.utf8), source: source)
    }

    @Test func readsRSS20ChannelAndNamespaces() throws {
        let feed = try parse(FeedFixtures.rss20)
        #expect(feed.format == .rss20)
        #expect(feed.wellFormed)
        #expect(feed.title == "Lab & Friends")
        #expect(feed.link == "https://example.org/blog/")
        #expect(feed.description == "Notes from the lab")
        #expect(feed.language == "en-gb")
        #expect(feed.authors == [FeedAuthor(name: "Ed Itor", email: "editor@example.org")])
        #expect(feed.updated == FeedDateParser.parse("2024-01-09T08:00:00Z"))
        #expect(feed.entries.count == 2)
    }

    @Test func readsContentDublinCoreMediaAndEnclosures() throws {
        let entry = try #require(try parse(FeedFixtures.rss20).entries.first)
        #expect(entry.title == "First post")
        #expect(entry.id == "lab-post-1")
        #expect(entry.link == "https://example.org/blog/posts/first/")
        #expect(entry.published == FeedDateParser.parse("2024-01-08T09:00:00Z"))
        #expect(entry.updated == nil)
        #expect(entry.authors.map(\.name) == ["Ada Lovelace"])
        #expect(entry.categories == ["methods", "Methods", "statistics"])
        #expect(entry.summary == "A short <b>summary</b>.")
        let content = try #require(entry.content)
        #expect(content.contains("<strong>Claim:</strong>"))
        #expect(content.contains("href=\"https://example.org/refs/\""))
        #expect(content.contains("src=\"https://example.org/blog/img/fig1.png\""))
        #expect(!content.contains("script"))
        #expect(!content.contains("alert"))
        #expect(entry.enclosures == [
            FeedEnclosure(url: "https://example.org/audio/1.mp3", type: "audio/mpeg", length: 12345),
            FeedEnclosure(url: "https://example.org/video/1.mp4", type: "video/mp4", length: 999),
        ])
        #expect(entry.image == "https://example.org/thumb/1.jpg")
        #expect(entry.line == 13)
        #expect(entry.contentLine == 24)
    }

    @Test func permalinkGUIDIsTheLinkAndAuthorsAreParsed() throws {
        let entry = try #require(try parse(FeedFixtures.rss20).entries.last)
        #expect(entry.id == "https://example.org/blog/posts/second/")
        #expect(entry.link == "https://example.org/blog/posts/second/")
        #expect(entry.authors == [FeedAuthor(name: "Grace Hopper", email: "grace@example.org"), FeedAuthor(name: "Grace Hopper")])
        #expect(entry.categories == ["navy", "compilers"])
        #expect(entry.image == "https://example.org/cover.png")
        let summary = try #require(entry.summary)
        #expect(!summary.contains("javascript"))
        #expect(summary.contains("href=\"https://example.org/about\""))
        #expect(entry.content == nil)
    }

    @Test func readsRSS09xVersions() throws {
        let old = try parse(FeedFixtures.rss091)
        #expect(old.format == .rss091)
        #expect(old.entries.map(\.title) == ["Hello 0.91", "Second 0.91"])
        #expect(old.entries[0].summary == "Café talk")
        #expect(old.entries[1].summary == "More &amp; more")
        #expect(old.entries[0].id == "http://old.example/hello")
        let n92 = try parse(FeedFixtures.rss092)
        #expect(n92.format == .rss092)
        #expect(n92.entries[0].categories == ["audio"])
        #expect(n92.entries[0].enclosures.first?.length == 2048)
        for (version, format) in [("0.93", FeedFormat.rss093), ("0.94", .rss094), ("2.0", .rss20), ("9", .rss)] {
            let feed = try parse("<rss version=\"\(version)\"><channel><title>t</title><item><title>x</title></item></channel></rss>")
            #expect(feed.format == format)
        }
    }

    @Test func readsRSS10AndRSS090() throws {
        let rdf = try parse(FeedFixtures.rss10)
        #expect(rdf.format == .rss10)
        #expect(rdf.title == "RDF Site")
        #expect(rdf.updated == FeedDateParser.parse("2024-02-01T12:00:00Z"))
        let a = rdf.entries[0]
        #expect(a.id == "https://rdf.example/a")
        #expect(a.updated == FeedDateParser.parse("2024-02-01T07:15:00Z"))
        #expect(a.published == nil)
        #expect(a.authors.map(\.name) == ["Rosalind Franklin"])
        #expect(a.categories == ["crystallography"])
        #expect(a.content == "<p>Full <strong>A</strong> text</p>")
        #expect(a.summary == "About A")
        let netscape = try parse(FeedFixtures.rss090)
        #expect(netscape.format == .rss090)
        #expect(netscape.entries.map(\.link) == ["http://ns.example/90", "http://ns.example/91"])
    }

    @Test func idsFallBackToLinkThenToAStableHash() throws {
        let feed = try parse(FeedFixtures.rssFallbackIDs)
        #expect(feed.entries[0].id == "https://noguid.example/a")
        let hashed = feed.entries[1].id
        #expect(hashed.hasPrefix("hash:"))
        #expect(hashed.count == 5 + 16)
        #expect(try parse(FeedFixtures.rssFallbackIDs).entries[1].id == hashed)
        let changed = FeedFixtures.rssFallbackIDs.replacingOccurrences(of: "Only a description", with: "Other text")
        #expect(try parse(changed).entries[1].id != hashed)
    }

    @Test func unescapedMarkupInDescriptionIsKept() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>t</title>
            <item><title>x</title><description><p>Inline <b>markup</b></p></description></item></channel></rss>
            """)
        #expect(feed.entries[0].summary == "<p>Inline <b>markup</b></p>")
    }

    @Test func titlesThatAreNotHTMLStayLiteral() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>t</title>
            <item><title>Use &lt;code&gt; tags &amp; more</title></item>
            <item><title>  Spread
               over   lines </title></item></channel></rss>
            """)
        #expect(feed.entries.map(\.title) == ["Use <code> tags & more", "Spread over lines"])
    }

    @Test func itemsOutsideTheChannelAreStillRead() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>t</title></channel><item><title>stray</title><link>https://x.example/s</link></item></rss>
            """)
        #expect(feed.entries.map(\.title) == ["stray"])
    }

    @Test func relativeLinksResolveAgainstTheFeedURL() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>t</title><link>/</link>
            <item><title>x</title><link>/posts/x/</link><description>&lt;a href="y"&gt;y&lt;/a&gt;</description></item></channel></rss>
            """, source: "https://site.example/blog/feed.xml")
        #expect(feed.link == "https://site.example/")
        #expect(feed.entries[0].link == "https://site.example/posts/x/")
        #expect(feed.entries[0].summary?.contains("href=\"https://site.example/blog/y\"") == true)
        let local = try parse("<rss version=\"2.0\"><channel><title>t</title><item><link>/posts/x/</link></item></channel></rss>")
        #expect(local.entries[0].link == "/posts/x/")
    }
}
