import Foundation
import Testing
@testable import SitegenMarkdown

/// Quarto's written date forms in front matter.
@Suite struct WrittenDateTests {
    @Test func quartoDateForms() {
        func iso(_ text: String) -> String? {
            FrontMatterDate.parse(text).map { ISO8601DateFormatter().string(from: $0).prefix(10) }.map(String.init)
        }
        #expect(iso("03/07/2005") == "2005-03-07")
        #expect(iso("July 23 2023") == "2023-07-23")
        #expect(iso("July 23, 2023") == "2023-07-23")
        #expect(iso("Sept 24 2025") == "2025-09-24")
        #expect(iso("23 July 2023") == "2023-07-23")
        #expect(iso("Jul 4 2024") == "2024-07-04")
        #expect(iso("2023/07/23") == "2023-07-23")
        #expect(iso("February 30 2023") == nil)
        #expect(iso("Smarch 3 2023") == nil)
        #expect(iso("today") == nil)
    }
}
