import Testing
@testable import SitegenSite

@Suite struct SitegenSiteSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
