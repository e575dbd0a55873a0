import Testing
@testable import SitegenCLI

@Suite struct SitegenCLISmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
