import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

@Suite struct SiteConfigLoaderTests {
    @Test func readsEveryKnownKey() throws {
        let yaml = """
            title: Lab Notes
            description: Notes
            base_url: https://example.org/blog
            language: de
            authors:
              - name: Ada
                url: https://ada.example
              - Grace
            feeds:
              - https://example.org/a.xml
              - url: feeds/b.xml
                name: B
                limit: 5
                tags: [x]
            paginate: 7
            feed:
              content: summary
              limit: 3
            reading:
              title: Elsewhere
            permalinks:
              posts: /:year/:slug/
            """
        let loaded = try SiteConfigLoader.parse(yaml)
        let c = loaded.config
        #expect(loaded.diagnostics.isEmpty)
        #expect(c.title == "Lab Notes")
        #expect(c.baseURL == "https://example.org/blog/")
        #expect(c.language == "de")
        #expect(c.authors == [.init(name: "Ada", url: "https://ada.example"), .init(name: "Grace")])
        #expect(c.feeds.count == 2)
        #expect(c.feeds[1] == .init(location: "feeds/b.xml", name: "B", limit: 5, tags: ["x"]))
        #expect(c.paginate == 7)
        #expect(c.feedContent == .summary)
        #expect(c.feedLimit == 3)
        #expect(c.readingTitle == "Elsewhere")
        #expect(c.permalinks["posts"] == "/:year/:slug/")
        #expect(c.permalinks["pages"] == "/:slug/")
    }

    @Test func unknownKeyWarnsWithNearestValidKey() throws {
        let loaded = try SiteConfigLoader.parse("title: X\nbase_ulr: https://x.org/\n")
        let d = try #require(loaded.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.message.contains("base_ulr"))
        #expect(d.hint == "did you mean 'base_url'?")
        #expect(d.location == SourceLocation(file: "sitegen.yml", line: 2, column: 1))
    }

    @Test func invalidYAMLIsAnErrorAtItsLine() {
        do {
            _ = try SiteConfigLoader.parse("title: X\n  bad: [unclosed\n")
            Issue.record("expected an error")
        } catch let error as SitegenError {
            let d = error.diagnostics.first
            #expect(d?.severity == .error)
            #expect((d?.location?.line ?? 0) >= 2)
            #expect(d?.hint != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func wrongTypesAreErrors() {
        #expect(throws: SitegenError.self) { try SiteConfigLoader.parse("title: X\npaginate: many\n") }
        #expect(throws: SitegenError.self) { try SiteConfigLoader.parse("title: X\nfeed:\n  content: everything\n") }
    }
}
