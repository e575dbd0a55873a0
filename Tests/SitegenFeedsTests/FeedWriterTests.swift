import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

@Suite struct FeedWriterTests {
    static let channel = SyndicationChannel(
        title: "Lab <Notes> & \"Quotes\"", description: "What we learn", homePageURL: "https://lab.example/",
        id: "tag:lab.example,2024:feed", language: "en", authors: [SiteConfig.Author(name: "Ada", url: "https://lab.example/ada")])

    static let items = [
        SyndicationItem(
            id: "https://lab.example/posts/old/", url: "https://lab.example/posts/old/", title: "Old post",
            contentHTML: "<p>Old</p>", summary: "Old summary", published: Date(timeIntervalSince1970: 1_700_000_000)),
        SyndicationItem(
            id: "tag:lab.example,2024:new", url: "https://lab.example/posts/new/", title: "New <b>post</b> & \u{1}control",
            contentHTML: "<p>New &amp; <em>shiny</em> ]]> </p>", summary: "New summary",
            published: Date(timeIntervalSince1970: 1_704_448_800), updated: Date(timeIntervalSince1970: 1_704_535_200),
            authors: [SiteConfig.Author(name: "Grace")], tags: ["ml", "stats"], imageURL: "https://lab.example/i.png"),
    ]

    @Test func sharedItemCacheWritesTheSameFeeds() {
        let cache = FeedWriter.ItemCache()
        for subset in [Self.items, [Self.items[1]], Self.items] {
            #expect(FeedWriter.rss(Self.channel, items: subset, selfURL: "https://lab.example/index.xml", cache: cache)
                == FeedWriter.rss(Self.channel, items: subset, selfURL: "https://lab.example/index.xml"))
            #expect(FeedWriter.atom(Self.channel, items: subset, selfURL: "https://lab.example/atom.xml", cache: cache)
                == FeedWriter.atom(Self.channel, items: subset, selfURL: "https://lab.example/atom.xml"))
        }
    }

    @Test func rssRoundTripsThroughTheReader() throws {
        let xml = FeedWriter.rss(Self.channel, items: Self.items, selfURL: "https://lab.example/index.xml")
        #expect(xml.contains("<atom:link href=\"https://lab.example/index.xml\" rel=\"self\" type=\"application/rss+xml\"/>"))
        #expect(xml.contains("<lastBuildDate>Sat, 06 Jan 2024 10:00:00 +0000</lastBuildDate>"))
        #expect(xml.contains("<guid isPermaLink=\"false\">tag:lab.example,2024:new</guid>"))
        #expect(xml.contains("<guid isPermaLink=\"true\">https://lab.example/posts/old/</guid>"))
        #expect(!xml.contains("\u{1}"))
        let feed = try FeedParser.parse(Data(xml.utf8), source: "index.xml")
        #expect(feed.wellFormed)
        #expect(feed.format == .rss20)
        #expect(feed.title == "Lab <Notes> & \"Quotes\"")
        #expect(feed.entries.map(\.id) == ["tag:lab.example,2024:new", "https://lab.example/posts/old/"])
        let new = feed.entries[0]
        // RSS titles are nominally text but often HTML: readers (feedparser too) take a closed tag as markup.
        #expect(new.title == "New post & control")
        #expect(new.link == "https://lab.example/posts/new/")
        #expect(new.published == Date(timeIntervalSince1970: 1_704_448_800))
        #expect(new.authors.map(\.name) == ["Grace"])
        #expect(new.categories == ["ml", "stats"])
        #expect(new.content == "<p>New &amp; <em>shiny</em> ]]&gt; </p>")
        #expect(new.summary == "New summary")
    }

    @Test func atomRoundTripsThroughTheReader() throws {
        let xml = FeedWriter.atom(Self.channel, items: Self.items, selfURL: "https://lab.example/atom.xml")
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://lab.example/atom.xml\"/>"))
        #expect(xml.contains("<updated>2024-01-06T10:00:00Z</updated>"))
        #expect(xml.contains("<id>tag:lab.example,2024:feed</id>"))
        let feed = try FeedParser.parse(Data(xml.utf8), source: "atom.xml")
        #expect(feed.wellFormed)
        #expect(feed.format == .atom10)
        #expect(feed.link == "https://lab.example/")
        #expect(feed.updated == Date(timeIntervalSince1970: 1_704_535_200))
        #expect(feed.authors.map(\.name) == ["Ada"])
        let new = feed.entries[0]
        #expect(new.title == "New <b>post</b> & control")
        #expect(new.updated == Date(timeIntervalSince1970: 1_704_535_200))
        #expect(new.content == "<p>New &amp; <em>shiny</em> ]]&gt; </p>")
        #expect(new.summary == "New summary")
        #expect(feed.entries[1].updated == feed.entries[1].published)
    }

    @Test func jsonFeedRoundTripsThroughTheReader() throws {
        let json = FeedWriter.jsonFeed(Self.channel, items: Self.items, selfURL: "https://lab.example/feed.json")
        #expect(json.contains("\"version\" : \"https://jsonfeed.org/version/1.1\""))
        #expect(json.contains("\"feed_url\" : \"https://lab.example/feed.json\""))
        let feed = try FeedParser.parse(Data(json.utf8), source: "feed.json")
        #expect(feed.format == .json11)
        #expect(feed.entries.map(\.id) == ["tag:lab.example,2024:new", "https://lab.example/posts/old/"])
        #expect(feed.entries[0].updated == Date(timeIntervalSince1970: 1_704_535_200))
        #expect(feed.entries[0].image == "https://lab.example/i.png")
        #expect(feed.entries[0].categories == ["ml", "stats"])
    }

    @Test func outputIsDeterministicAndIndependentOfInputOrder() {
        for write in [FeedWriter.rss, FeedWriter.atom, FeedWriter.jsonFeed] {
            let a = write(Self.channel, Self.items, "https://lab.example/f")
            let b = write(Self.channel, Self.items.reversed(), "https://lab.example/f")
            #expect(a == b)
        }
        let empty = FeedWriter.atom(Self.channel, items: [], selfURL: "https://lab.example/f")
        #expect(empty.contains("<updated>1970-01-01T00:00:00Z</updated>"))
        #expect(!FeedWriter.rss(Self.channel, items: [], selfURL: "https://lab.example/f").contains("lastBuildDate"))
    }

    @Test func atomHasAFeedAuthorWhenAnEntryHasNone() throws {
        var channel = Self.channel
        channel.authors = []
        let xml = FeedWriter.atom(channel, items: Self.items, selfURL: "https://lab.example/atom.xml")
        let feed = try FeedParser.parse(Data(xml.utf8), source: "atom.xml")
        #expect(feed.authors.map(\.name) == [channel.title])
    }

    @Test(.enabled(if: FeedparserReference.isAvailable, "python3 with feedparser is not installed"), .timeLimit(.minutes(1)))
    func feedparserReadsTheWrittenFeedsWithoutComplaint() throws {
        let folder = try TemporaryFolder()
        let rss = try folder.write("index.xml", FeedWriter.rss(Self.channel, items: Self.items, selfURL: "https://lab.example/index.xml"))
        let atom = try folder.write("atom.xml", FeedWriter.atom(Self.channel, items: Self.items, selfURL: "https://lab.example/atom.xml"))
        let parsed = try FeedparserReference.parse([rss, atom])
        #expect(parsed.map(\.bozo) == [false, false])
        #expect(parsed.map(\.version) == ["rss20", "atom10"])
        for feed in parsed {
            #expect(feed.entries.map(\.published) == [1_704_448_800, 1_700_000_000])
            #expect(feed.entries[0].title == "New <b>post</b> & control" || feed.entries[0].title == "New post & control")
        }
    }
}
