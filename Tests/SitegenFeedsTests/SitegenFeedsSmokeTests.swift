import Testing
@testable import SitegenFeeds

@Suite struct SitegenFeedsSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
