import Foundation
import Testing
@testable import SitegenFeeds

/// Feed quirks found running feedparser's own test suite: each used to lose or garble text.
@Suite struct FeedRecoveryTests {
    func parse(_ bytes: [UInt8], _ source: String = "quirk.xml") throws -> Feed {
        try FeedParser.parse(Data(bytes), source: source)
    }

    func parse(_ text: String, _ source: String = "quirk.xml") throws -> Feed {
        try FeedParser.parse(Data(text.utf8), source: source)
    }

    @Test func oneControlCharacterDoesNotStripTheMarkupOfEveryEntry() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>Con\u{1}trol</title>
            <item><title>a</title><description>&lt;p&gt;one &amp;amp; two&lt;/p&gt;</description></item>
            <item><title>b</title><description>&lt;p&gt;&lt;em&gt;three&lt;/em&gt;&lt;/p&gt;</description></item>
            </channel></rss>
            """)
        #expect(feed.title == "Control")
        #expect(feed.entries.map(\.summary) == ["<p>one &amp; two</p>", "<p><em>three</em></p>"])
        #expect(!feed.wellFormed)
        let issue = try #require(feed.issues.first)
        #expect(issue.message.contains("illegal control character U+0001"))
        #expect(issue.location?.line == 1)
        #expect(issue.location?.column == 39)
    }

    @Test func aNulInTheTitleIsDroppedNotFatal() throws {
        let feed = try parse("<rss version=\"2.0\"><channel><title>A\u{0}B</title><item><title>x</title></item></channel></rss>")
        #expect(feed.title == "AB")
        #expect(feed.entries.count == 1)
        #expect(!feed.wellFormed)
    }

    @Test func windows1252FallbackReadsPastTheUndefinedBytes() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x9D, 0x81]
        bytes += Array(" after</title><item><title>kept</title></item></channel></rss>".utf8)
        let feed = try parse(bytes)
        #expect(feed.title == "Café \u{201C}q\u{201D} \u{9D}\u{81} after")
        #expect(feed.entries.map(\.title) == ["kept"])
        #expect(feed.issues.contains { $0.ruleID == "feed-encoding" })
    }

    @Test func rssInAnUnknownNamespaceAndAtomWithoutOneYieldTheirFields() throws {
        let rss = try parse("""
            <rss xmlns="http://backend.userland.com/rss2.1"><channel><description>Example description</description>
            <item><title>In a namespace</title><link>https://example.org/1</link></item></channel></rss>
            """)
        #expect(rss.description == "Example description")
        #expect(rss.entries.map(\.title) == ["In a namespace"])
        let atom = try parse("""
            <feed><title>No namespace</title><entry><title>e</title><id>urn:e</id>
            <content type="xhtml"><div><p>kept <b>bold</b></p></div></content></entry></feed>
            """)
        #expect(atom.format == .atom)
        #expect(atom.title == "No namespace")
        #expect(atom.entries.first?.id == "urn:e")
        #expect(atom.entries.first?.content == "<p>kept <b>bold</b></p>")
    }

    @Test func anRDFDoctypeMentioningXHTMLIsAFeed() throws {
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
            <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent">
            %HTMLlat1;
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel><title>RDF</title></channel><item><title>one</title><link>https://example.org/1</link></item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rss10)
        #expect(feed.title == "RDF")
        #expect(feed.entries.count == 1)
    }

    @Test func htmlTextConstructsDecodeAsFeedparserDoes() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;!DOCTYPE ~</title>
            <entry><title type="">evil</title><id>urn:1</id></entry>
            <entry><title type="html">&amp;#X41;&amp;#x42;</title><id>urn:2</id></entry></feed>
            """)
        #expect(feed.title == "<!DOCTYPE ~")
        #expect(feed.entries.map(\.title) == ["evil", "AB"])
        #expect(feed.wellFormed)
    }

    @Test func uppercaseHexCharacterReferencesInXMLAreRepaired() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>&#X41;</title><summary>&lt;b&gt;kept&lt;/b&gt;</summary></entry></feed>
            """)
        #expect(feed.entries.first?.title == "A")
        #expect(feed.entries.first?.summary == "&lt;b&gt;kept&lt;/b&gt;")
        #expect(!feed.wellFormed)
    }

    @Test func atom03Base64TitlesAndTaglinesAreDecoded() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
            <title mode="base64">
            PHA+SGlzdG9yeSBvZiB0aGUgJmx0O2JsaW5rJmd0OyB0YWc8L3A+
            </title>
            <tagline type="text/html" mode="base64">PGI+VGFnbGluZTwvYj4=</tagline>
            <entry><title type="text/html" mode="base64">PGk+RW50cnk8L2k+</title><id>urn:1</id></entry>
            </feed>
            """)
        #expect(feed.title == "<p>History of the &lt;blink&gt; tag</p>")
        #expect(feed.description == "Tagline")
        #expect(feed.entries.first?.title == "Entry")
    }
}
