import Testing
@testable import SitegenCore

@Suite struct SitegenCoreSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
