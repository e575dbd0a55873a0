import Foundation
import Testing
@testable import SitegenFeeds

@Suite struct ScratchTests {
    @Test func dump() throws {
        for name in ["research-quarto.xml", "templated-devto.xml"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "/work/shared/corpus/feeds/" + name))
            let feed = try FeedParser.parse(data, source: name)
            try feed.jsonData().write(to: URL(fileURLWithPath: "/tmp/fx/" + name + ".json"))
        }
    }
}
