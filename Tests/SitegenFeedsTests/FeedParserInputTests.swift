import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

/// What is not a feed is refused with a message naming the source and what was found; hostile XML is refused
/// without reading files, fetching anything or growing memory.
@Suite struct FeedParserInputTests {
    func failure(_ text: String, source: String = "https://blog.example/") -> SitegenError? {
        do {
            _ = try FeedParser.parse(Data(text.utf8), source: source)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            return nil
        }
    }

    @Test func htmlPageIsNamedWithAHint() throws {
        let error = try #require(failure("<!DOCTYPE html>\n<html><head><title>Blog</title></head><body>Hi</body></html>"))
        #expect(error.description == "https://blog.example/: found an HTML page (<!DOCTYPE html>), not a feed")
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location?.file == "https://blog.example/")
        #expect(diagnostic.hint == "point at the feed URL, often /feed.xml or /index.xml")
        let bare = try #require(failure("<html><body><p>no doctype</p></body></html>"))
        #expect(bare.description.contains("found an HTML page (<html>), not a feed"))
        let xhtml = try #require(failure("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"))
        #expect(xhtml.description.contains("HTML page"))
    }

    @Test func opmlEmptyAndOtherDocumentsAreRefused() throws {
        let opml = try #require(failure("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline xmlUrl=\"x\"/></body></opml>"))
        #expect(opml.description.contains("found an OPML subscription list (<opml>), not a feed"))
        #expect(opml.diagnostics.first?.hint?.contains("xmlUrl") == true)
        #expect(failure("")?.description.contains("is empty, not a feed") == true)
        #expect(failure(" \n\t ")?.description.contains("is empty") == true)
        #expect(failure("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")?.description.contains("root <svg>") == true)
        #expect(failure("Hello, world")?.description.contains("found text starting \"Hello, world\"") == true)
        #expect(failure("\u{0}\u{1}\u{2}binary")?.description.contains("binary data") == true)
    }

    @Test func truncatedFeedKeepsWhatCanBeRecovered() throws {
        let feed = try FeedParser.parse(Data(FeedFixtures.truncated.utf8), source: "cut.xml")
        #expect(!feed.wellFormed)
        #expect(feed.bozo)
        #expect(feed.entries.first?.title == "Whole")
        #expect(feed.issues.allSatisfy { $0.location?.file == "cut.xml" && $0.ruleID == "feed-ill-formed" })
        let hopeless = try #require(failure("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><chan"))
        #expect(hopeless.description.contains("truncated or broken RSS 2.0 feed: no entry could be recovered (line 2:"))
    }

    @Test func wrongEncodingIsReadAsWindows1252AndFlagged() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("</title><item><title>R".utf8))
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("sum\u{0}</title></item></channel></rss>".utf8).dropLast(0))
        let feed = try FeedParser.parse(bytes, source: "latin.xml")
        #expect(feed.title == "Café")
        #expect(!feed.wellFormed)
        #expect(feed.issues.contains { $0.ruleID == "feed-encoding" })
    }

    @Test func httpCharsetOverridesTheDeclaration() throws {
        var bytes = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(bytes, source: "latin.xml", charset: "iso-8859-1")
        #expect(feed.title == "Café")
    }

    @Test func anUndeclaredEntityDoesNotStripLaterMarkup() throws {
        let xml = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Lab&nbsp;notes</title>
            <item><title>A &hellip; B</title><guid>g1</guid><description>&lt;p&gt;Hi &lt;a href="https://x.example/"&gt;there&lt;/a&gt;&lt;/p&gt;</description></item>
            <item><title>Tom & Jerry</title><guid>g2</guid><description>x &unknownname; y</description></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8), source: "entities.xml")
        #expect(!feed.wellFormed)
        #expect(feed.issues.contains { $0.message.contains("nbsp") && $0.location?.line == 2 })
        #expect(feed.title == "Lab\u{A0}notes")
        #expect(feed.entries.map(\.title) == ["A … B", "Tom & Jerry"])
        #expect(feed.entries[0].summary == "<p>Hi <a href=\"https://x.example/\" rel=\"nofollow noopener\">there</a></p>")
        #expect(feed.entries[1].summary == "x &amp;unknownname; y")
    }

    @Test func entityRepairLeavesCDATACommentsAndDeclaredEntitiesAlone() throws {
        let xml = #"<!DOCTYPE r [<!ENTITY mine "M">]><r a="&nbsp;">&mine; &copy; <![CDATA[&nbsp; &]]><!-- & --> &#169; &#xA9; & x</r>"#
        let repaired = try #require(EntityRepair.repair(Data(xml.utf8)))
        #expect(String(decoding: repaired, as: UTF8.self)
            == #"<!DOCTYPE r [<!ENTITY mine "M">]><r a="&#160;">&mine; &#169; <![CDATA[&nbsp; &]]><!-- & --> &#169; &#xA9; &amp; x</r>"#)
        #expect(EntityRepair.repair(Data("<r>&lt;fine&gt; &amp;</r>".utf8)) == nil)
    }

    @Test func billionLaughsIsCutOff() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 { xml += "<!ENTITY lol\(i) \"\(String(repeating: "&lol\(i - 1);", count: 10))\">\n" }
        xml += "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>ok</title><description>&lol9;</description></item></channel></rss>"
        let started = Date()
        // Nothing is expanded: the entry is kept with the references as literal text, and the feed is flagged.
        let feed = try FeedParser.parse(Data(xml.utf8), source: "lol.xml")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!feed.wellFormed)
        #expect(feed.title == "&lol9;")
        #expect(feed.entries.map(\.title) == ["ok"])
        #expect(feed.entries.first?.summary == "&amp;lol9;")
        let issue = try #require(feed.issues.first)
        #expect(issue.message.contains("entity expansion limit exceeded"))
        #expect(issue.message.contains("would expand to 6000000000 bytes"))
        #expect(issue.location?.line == 3)
    }

    @Test func quadraticBlowupIsBounded() throws {
        let big = String(repeating: "a", count: 50_000)
        let refs = String(repeating: "&a;", count: 20_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"\(big)\">]><rss version=\"2.0\"><channel><title>q</title><item><title>i</title><description>\(refs)</description></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8), source: "q.xml")
        let total = feed.entries.reduce(0) { $0 + ($1.summary?.utf8.count ?? 0) }
        #expect(total <= 4 * xml.utf8.count + (1 << 20) + big.count)
    }

    @Test func externalEntitiesAndDTDsAreNeverRead() throws {
        let folder = try TemporaryFolder()
        let secretPath = try folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file://\(secretPath)"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x &secret; &passwd;</title>
            <item><title>i</title><description>&secret;</description></item></channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8), source: "xxe.xml")
        let everything = String(decoding: try feed.jsonData(), as: UTF8.self)
        #expect(!everything.contains("TOP-SECRET"))
        #expect(!everything.contains("root:"))
        let dtd = try folder.write("evil.dtd", "<!ENTITY leak \"LEAKED-FROM-DTD\">")
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file://\(dtd)">
            <rss version="2.0"><channel><title>t&leak;</title><item><title>i&leak;</title></item></channel></rss>
            """
        let parsed = try FeedParser.parse(Data(external.utf8), source: "dtd.xml")
        #expect(!String(decoding: try parsed.jsonData(), as: UTF8.self).contains("LEAKED"))
    }

    /// A feed read from a file (`feeds: - path: partner.xml`) has no address: its entries' relative URLs are made
    /// absolute against each entry's link, else the feed's, as the README promises for every entry.
    @Test func relativeURLsOfAFeedReadFromAFileBecomeAbsolute() throws {
        let rss = """
            <rss version="2.0"><channel><title>P</title><link>https://partner.example/blog/</link>
            <item><title>One</title><link>https://partner.example/blog/posts/one/</link>
            <description><![CDATA[<p><a href="../two/">two</a> <img src="img/p.png" alt="p"></p>]]></description></item>
            <item><title>No link</title><description><![CDATA[<p><a href="/about/">about</a></p>]]></description></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(rss.utf8), source: "feeds/partner.xml")
        #expect(feed.entries[0].summary == "<p><a href=\"https://partner.example/blog/posts/two/\" rel=\"nofollow noopener\">two</a> <img src=\"https://partner.example/blog/posts/one/img/p.png\" alt=\"p\"></p>")
        #expect(feed.entries[1].summary == "<p><a href=\"https://partner.example/about/\" rel=\"nofollow noopener\">about</a></p>")
    }
}
