import Testing
@testable import SitegenBibliography

@Suite struct SitegenBibliographySmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
