import Testing
@testable import SitegenMarkdown

@Suite struct SitegenMarkdownSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
