import Foundation
import Testing
@testable import SitegenFeeds

@Suite struct AtomReaderTests {
    func parse(_ text: String) throws -> Feed {
        try FeedParser.parse(Data(text.utf8), source: "atom.xml")
    }

    @Test func readsAtom10FeedMetadata() throws {
        let feed = try parse(FeedFixtures.atom10)
        #expect(feed.format == .atom10)
        #expect(feed.title == "Atom & Eve")
        #expect(feed.description == "A research blog")
        #expect(feed.link == "https://atom.example/")
        #expect(feed.language == "en")
        #expect(feed.authors == [FeedAuthor(name: "Marie Curie", email: "marie@atom.example", url: "https://atom.example/marie")])
        #expect(feed.updated == FeedDateParser.parse("2024-03-02T10:00:00Z"))
    }

    @Test func xhtmlContentIsSerialisedAndRelativeURLsFollowXMLBase() throws {
        let entry = try parse(FeedFixtures.atom10).entries[0]
        #expect(entry.title == "Radium notes")
        #expect(entry.link == "https://atom.example/posts/radium/")
        #expect(entry.id == "tag:atom.example,2024:radium")
        #expect(entry.published == FeedDateParser.parse("2024-03-01T08:00:00Z"))
        #expect(entry.updated == FeedDateParser.parse("2024-03-02T10:00:00Z"))
        #expect(entry.authors.map(\.name) == ["Pierre Curie"])
        #expect(entry.categories == ["chemistry", "physics"])
        #expect(entry.summary == "Short &amp; plain &lt;not a tag&gt;")
        #expect(entry.enclosures == [FeedEnclosure(url: "https://atom.example/posts/radium.pdf", type: "application/pdf", length: 5000)])
        let content = try #require(entry.content)
        #expect(content.hasPrefix("<h2>Method</h2>"))
        #expect(!content.contains("<div"))
        #expect(content.contains("<strong>Result:</strong>"))
        #expect(content.contains("href=\"https://atom.example/about/\""))
        #expect(content.contains("src=\"https://atom.example/posts/glow.png\""))
        #expect(!content.contains("onclick"))
        #expect(!content.contains("xmlns"))
    }

    @Test func htmlContentIsSanitisedAndTextTitlesStayText() throws {
        let feed = try parse(FeedFixtures.atom10)
        let polonium = feed.entries[1]
        #expect(polonium.content == "<p>Named after <a href=\"https://atom.example/poland\" rel=\"nofollow noopener\">Poland</a>.</p>")
        #expect(polonium.published == nil)
        #expect(polonium.authors.isEmpty)
        let third = feed.entries[2]
        #expect(third.title == "An xhtml title")
        #expect(third.summary == "Plain summary only.")
        #expect(third.content == nil)
    }

    @Test func readsAtom03() throws {
        let feed = try parse(FeedFixtures.atom03)
        #expect(feed.format == .atom03)
        #expect(feed.description == "Atom 0.3 lives on")
        #expect(feed.updated == FeedDateParser.parse("2024-01-10T12:00:00Z"))
        #expect(feed.authors.first?.url == "http://atom03.example/me")
        #expect(feed.entries[0].content == "<p>Escaped <i>HTML</i> content</p>")
        #expect(feed.entries[0].published == FeedDateParser.parse("2024-01-09T15:00:00Z"))
        #expect(feed.entries[1].content == "<p>Inline <b>XHTML</b> content</p>")
        #expect(feed.entries[1].authors.map(\.name) == ["Entry Author"])
    }

    @Test func base64AndOutOfLineContent() throws {
        let encoded = Data("<p>Decoded</p>".utf8).base64EncodedString()
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>b</title>
            <entry><id>1</id><content type="text/html" mode="base64">\(encoded)</content></entry>
            <entry><id>2</id><content type="image/png" mode="base64">iVBORw0KGgo=</content></entry></feed>
            """)
        #expect(feed.entries[0].content == "<p>Decoded</p>")
        #expect(feed.entries[1].content == nil)
        let atom = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>s</title>
            <entry><id>https://a.example/1</id><title>t</title><content src="https://a.example/1.html" type="text/html"/></entry></feed>
            """)
        #expect(atom.entries[0].content == nil)
        #expect(atom.entries[0].link == "https://a.example/1")
    }

    @Test func javascriptLinksAreDropped() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>s</title>
            <entry><id>tag:x,2024:1</id><title>t</title><link href="javascript:alert(1)"/></entry></feed>
            """)
        #expect(feed.entries[0].link == nil)
    }

    @Test func textOfAnotherMediaTypeIsBase64() throws {
        // RFC 4287 4.1.3.3: a type that is neither text nor XML means base64 ("Example <b>Atom</b>", "<p>Hi &amp; bye</p>").
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>tag:x,2024:1</id>
            <title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
            <content type="application/octet-stream">
            PHA+SGkgJmFtcDsgYnllPC9wPg==
            </content></entry></feed>
            """)
        #expect(feed.wellFormed)
        #expect(feed.entries[0].title == "Example Atom")
        #expect(feed.entries[0].content == "<p>Hi &amp; bye</p>")
    }
}
