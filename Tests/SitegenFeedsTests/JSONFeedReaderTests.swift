import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

@Suite struct JSONFeedReaderTests {
    @Test func readsJSONFeed11() throws {
        let feed = try FeedParser.parse(Data(FeedFixtures.jsonFeed11.utf8), source: "feed.json")
        #expect(feed.format == .json11)
        #expect(feed.title == "JSON Lab")
        #expect(feed.link == "https://json.example/")
        #expect(feed.language == "en")
        #expect(feed.authors == [FeedAuthor(name: "Alan Turing", url: "https://json.example/alan")])
        let one = feed.entries[0]
        #expect(one.id == "1")
        #expect(one.link == "https://json.example/posts/one/")
        #expect(one.content == "<p>Hello <b>JSON</b> <a href=\"https://json.example/x\" rel=\"nofollow noopener\">x</a></p>")
        #expect(one.summary == "Hello")
        #expect(one.published == FeedDateParser.parse("2024-04-01T08:00:00Z"))
        #expect(one.updated == FeedDateParser.parse("2024-04-02T10:00:00Z"))
        #expect(one.categories == ["computing", "logic"])
        #expect(one.image == "https://json.example/img/one.png")
        #expect(one.enclosures == [FeedEnclosure(url: "https://json.example/one.pdf", type: "application/pdf", length: 100)])
        let two = feed.entries[1]
        #expect(two.id == "2")
        #expect(two.title == "")
        #expect(two.content == "<p>Line one.</p>\n<p>Line &lt;two&gt;.</p>")
    }

    @Test func readsJSONFeed10Author() throws {
        let feed = try FeedParser.parse(Data(FeedFixtures.jsonFeed10.utf8), source: "old.json")
        #expect(feed.format == .json10)
        #expect(feed.authors.map(\.name) == ["Single Author"])
        #expect(feed.entries[0].content == "<p>text</p>")
    }

    @Test func jsonThatIsNotAFeedIsRefused() {
        for text in [#"{"name": "package"}"#, #"{"version": "#, "[1, 2]"] {
            #expect(throws: SitegenError.self) { try FeedParser.parse(Data(text.utf8), source: "x.json") }
        }
    }
}
