import Testing
@testable import SitegenLint

@Suite struct SitegenLintSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
