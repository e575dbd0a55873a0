import Testing
@testable import SitegenAnalysis

@Suite struct SitegenAnalysisSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
