import Foundation
import SitegenCore
import Testing
@testable import SitegenFeeds

@Suite struct FeedDocumentConverterTests {
    static let feedText = #"""
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Lab</title><link>https://lab.example/</link><description>d</description>
        <managingEditor>Feed Owner</managingEditor>
        <item>
          <title>Findings</title>
          <link>https://lab.example/findings/</link>
          <guid>https://lab.example/findings/</guid>
          <pubDate>Fri, 05 Jan 2024 10:00:00 GMT</pubDate>
          <category>results</category>
          <description>Short version.</description>
          <content:encoded><![CDATA[<p>Intro   text with
        <strong>Label:</strong> value &amp; more.</p>
        <h2>Methods</h2>
        <p>We used <em>care</em>, <code>x  = 1</code> and <a href="https://lab.example/m">a method</a>.<br>Next line.</p>
        <ul><li>first</li><li><p>second</p></li></ul>
        <pre><code class="language-swift">let x = 1
        print(x)
        </code></pre>
        <h3>Detail</h3>
        <blockquote><p>Quoted words</p></blockquote>
        <table><tr><th>A</th><th align="right">B</th></tr><tr><td>1</td><td>2</td></tr></table>
        <figure><img src="https://lab.example/f.png" alt="Alt"><figcaption>Figure <em>one</em></figcaption></figure>
        <p><img src="https://lab.example/g.png" alt="Lonely"></p>
        <hr>
        <h2>Results</h2>
        <div><section><p>Nested in containers</p></section></div>
        <video src="https://lab.example/v.mp4" controls></video>
        loose <b>text</b>
        ]]></content:encoded>
        </item>
        </channel></rss>
        """#

    func document() throws -> (Document, Feed) {
        let feed = try FeedParser.parse(Data(Self.feedText.utf8), source: "feeds/lab.xml")
        return (FeedDocumentConverter.document(for: feed.entries[0], in: feed, extraTags: ["members"]), feed)
    }

    @Test func identityOriginAndMetadata() throws {
        let (doc, _) = try document()
        #expect(doc.id == "feeds/lab.xml#https://lab.example/findings/")
        #expect(doc.origin == .feed(source: "feeds/lab.xml", entryID: "https://lab.example/findings/"))
        #expect(doc.metadata.title == "Findings")
        #expect(doc.metadata.date == FeedDateParser.parse("2024-01-05T10:00:00Z"))
        #expect(doc.metadata.authors == ["Feed Owner"])
        #expect(doc.metadata.tags == ["results", "members"])
        #expect(doc.metadata.description == "Short version.")
        #expect(doc.metadata.link == "https://lab.example/findings/")
        #expect(doc.metadata.extra["feed_title"] == .string("Lab"))
    }

    @Test func paragraphTextIsCleanAndKeepsStrongLabels() throws {
        let (doc, _) = try document()
        let first = try #require(doc.root.blocks.first)
        #expect(first.kind == .paragraph([
            .text("Intro text with "), .strong([.text("Label:")]), .text(" value & more."),
        ]))
        #expect(first.location == SourceLocation(file: "feeds/lab.xml", line: 12))
    }

    @Test func headingsStartNestedSections() throws {
        let (doc, _) = try document()
        #expect(doc.sections.map(\.id) == ["methods", "detail", "results"])
        #expect(doc.sections.map(\.level) == [2, 3, 2])
        let methods = doc.root.subsections[0]
        #expect(methods.heading == [.text("Methods")])
        #expect(methods.location.line == 14)
        #expect(methods.subsections.map(\.id) == ["detail"])
        #expect(doc.root.subsections.map(\.id) == ["methods", "results"])
    }

    @Test func blocksAreConverted() throws {
        let (doc, _) = try document()
        let methods = doc.root.subsections[0]
        #expect(methods.blocks[0].kind == .paragraph([
            .text("We used "), .emphasis([.text("care")]), .text(", "), .code("x = 1"), .text(" and "),
            .link(destination: "https://lab.example/m", title: "", children: [.text("a method")]), .text("."),
            .lineBreak, .text("Next line."),
        ]))
        guard case .list(let list) = methods.blocks[1].kind else { Issue.record("not a list"); return }
        #expect(!list.ordered)
        #expect(!list.tight)
        #expect(list.items.map { PlainText.of($0.blocks) } == ["first", "second"])
        #expect(methods.blocks[2].kind == .code(language: "swift", text: "let x = 1\nprint(x)"))
        #expect(methods.blocks[2].location.line == 17)
        let detail = methods.subsections[0]
        #expect(detail.blocks[0].kind == .quote([Block(.paragraph([.text("Quoted words")]), at: detail.blocks[0].location)]))
        guard case .table(let table) = detail.blocks[1].kind else { Issue.record("not a table"); return }
        #expect(table.header == [[.text("A")], [.text("B")]])
        #expect(table.rows == [[[.text("1")], [.text("2")]]])
        #expect(table.alignments == [.none, .right])
        guard case .figure(let figure) = detail.blocks[2].kind else { Issue.record("not a figure"); return }
        #expect(figure.images.map(\.source) == ["https://lab.example/f.png"])
        #expect(figure.caption == [.text("Figure "), .emphasis([.text("one")])])
        guard case .figure(let lonely) = detail.blocks[3].kind else { Issue.record("image paragraph is not a figure"); return }
        #expect(lonely.caption == [.text("Lonely")])
        #expect(detail.blocks[4].kind == .thematicBreak)
    }

    @Test func containersAreTransparentAndUnknownBlocksStayHTML() throws {
        let (doc, _) = try document()
        let results = doc.root.subsections[1]
        #expect(results.blocks[0].kind == .paragraph([.text("Nested in containers")]))
        guard case .html(let html) = results.blocks[1].kind else { Issue.record("not html"); return }
        #expect(html.hasPrefix("<video src=\"https://lab.example/v.mp4\" controls=\"\">"))
        #expect(results.blocks[2].kind == .paragraph([.text("loose "), .strong([.text("text")])]))
        #expect(!PlainText.of(results.blocks).contains("  "))
    }

    @Test func summaryOnlyEntriesAndFeedLevelAuthors() throws {
        let feed = try FeedParser.parse(Data(FeedFixtures.atom10.utf8), source: "atom.xml")
        let docs = FeedDocumentConverter.documents(for: feed)
        #expect(docs.count == 3)
        #expect(docs[1].metadata.authors == ["Marie Curie"])
        #expect(docs[0].metadata.authors == ["Pierre Curie"])
        #expect(docs[2].root.blocks.map(\.kind) == [.paragraph([.text("Plain summary only.")])])
        #expect(docs[2].metadata.description == nil)
        #expect(docs[2].root.blocks[0].location.line == feed.entries[2].contentLine)
        #expect(feed.entries[2].contentLine > feed.entries[2].line)
    }

    @Test func corpusFeedsConvertWithRealLines() throws {
        for path in SharedCorpus.feeds {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
            let feed = try FeedParser.parse(data, source: "corpus.xml")
            for doc in FeedDocumentConverter.documents(for: feed) {
                let blocks = doc.root.flattened.flatMap(\.blocks)
                #expect(!blocks.isEmpty)
                for block in blocks { #expect(block.location.line > 0 && block.location.line <= lines) }
            }
        }
    }
}
