import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

/// Hostile feeds past the structural limits are refused with their place; entity bombs in attributes are
/// cut off and flagged; HTML void elements never swallow the text after them.
@Suite(.timeLimit(.minutes(1))) struct FeedLimitsTests {
    @Test func entityBombInACategoryDomainIsFlaggedNotExpanded() throws {
        let value = String(repeating: "B", count: 50_000)
        let references = String(repeating: "&a;", count: 100_000)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "\(value)">]>
            <rss version="2.0"><channel><title>Bomb</title>
            <item><title>one</title><guid>urn:1</guid><category domain="\(references)">c</category></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8), source: "bomb.xml")
        #expect(!feed.wellFormed)
        #expect(feed.entries.map(\.title) == ["one"])
        let issue = try #require(feed.issues.first)
        #expect(issue.message.contains("entity expansion limit exceeded"))
        #expect(issue.location?.file == "bomb.xml")
        #expect(issue.location?.line == 2)
    }

    @Test func tooManyAttributesIsRefusedWithFileLineAndColumn() throws {
        var attributes = ""
        for index in 0..<100_000 { attributes += " x\(index)=\"1\"" }
        let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>A</title>\n<item\(attributes)><title>t</title></item></channel></rss>"
        let started = Date()
        let error = try #require(throws: SitegenError.self) { try FeedParser.parse(Data(xml.utf8), source: "many.xml") }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(error.description.hasPrefix("many.xml:3:1: refused: element <item> has more than 256 attributes"))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.ruleID == "feed-limit")
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.hint?.contains("docs/feeds.md") == true)
    }

    @Test func voidElementsInEntryHTMLKeepEverythingAfterThem() throws {
        let sanitizer = HTMLSanitizer(baseURL: nil)
        #expect(sanitizer.sanitize("<p>very<wbr>long word</p>") == "<p>very<wbr>long word</p>")
        #expect(sanitizer.sanitize("<p>a<embed src=\"x.swf\">b</p><p>c</p>") == "<p>ab</p><p>c</p>")
        #expect(sanitizer.sanitize("<p>a<keygen name=\"k\">b</p>") == "<p>ab</p>")
        #expect(sanitizer.sanitize("<p>a<source src=\"v.mp4\">b</p>") == "<p>a<source src=\"v.mp4\">b</p>")
        #expect(sanitizer.sanitize("<video controls><source src=\"v.mp4\" type=\"video/mp4\">fallback</video>")
            == "<video controls=\"\"><source src=\"v.mp4\" type=\"video/mp4\">fallback</video>")
    }

    @Test func anEmbedDoesNotSwallowTheEntriesAfterIt() throws {
        let items = (1...30).map { "<item><title>e\($0)</title><guid>urn:\($0)</guid><description>&lt;p&gt;x\($0)&lt;embed src=\"a.swf\"&gt;y\($0)&lt;/p&gt;</description></item>" }
        let xml = "<rss version=\"2.0\"><channel><title>T</title>\(items.joined())</channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8), source: "embed.xml")
        #expect(feed.entries.count == 30)
        for (index, entry) in feed.entries.enumerated() {
            #expect(entry.summary == "<p>x\(index + 1)y\(index + 1)</p>")
        }
    }
}
