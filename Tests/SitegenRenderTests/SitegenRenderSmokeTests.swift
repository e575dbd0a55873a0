import Testing
@testable import SitegenRender

@Suite struct SitegenRenderSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
