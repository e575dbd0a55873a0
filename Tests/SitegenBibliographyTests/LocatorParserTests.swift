import Testing
@testable import SitegenBibliography

@Suite struct LocatorParserTests {
    let parser = LocatorParser(locales: [.enUS])

    @Test(arguments: [
        (", p. 33", "page", "33", ""), (", pp. 33-35", "page", "33-35", ""), (", chap. 2", "chapter", "2", ""),
        (", sec. 3", "section", "3", ""), (", 33", "page", "33", ""), ("p. 7", "page", "7", ""),
        (", pp. 3-5 and passim", "page", "3-5", " and passim"), (", p. 33, emphasis added", "page", "33", ", emphasis added"),
        (", vol. 2", "volume", "2", ""), (", § 4", "section", "4", ""), (", pp. 33, 35-37", "page", "33, 35-37", ""),
        (", chapters 1 and 2", "chapter", "1 and 2", ""), (", p. xiv", "page", "xiv", ""), (", fig. 3a", "figure", "3a", ""),
        (", {pp. iv, vi-xi}", "page", "iv, vi-xi", ""), (", Page 2", "page", "2", ""), (", P. 2", "page", "2", ""),
        (", §§ 4-5", "section", "4-5", ""), (", lines 4-5", "line", "4-5", ""), (", 33ff", "page", "33ff", ""),
    ])
    func locators(suffix: String, label: String, locator: String, rest: String) {
        let r = parser.parse(suffix)
        #expect(r.label == label)
        #expect(r.locator == locator)
        #expect(r.suffix == rest)
    }

    @Test func suffixesWithoutLocators() {
        #expect(parser.parse(", and elsewhere") == .init(label: nil, locator: nil, suffix: ", and elsewhere"))
        #expect(parser.parse("") == .init(label: nil, locator: nil, suffix: ""))
        #expect(parser.parse(", passim") == .init(label: nil, locator: nil, suffix: ", passim"))
        #expect(parser.parse(", p. passim") == .init(label: nil, locator: nil, suffix: ", p. passim"))
    }

    /// As pandoc prints them with its default style.
    @Test func locatorsInCitations() {
        let items = TestSupport.items("@book{k, author={Doe, Jane}, title={A Book}, year=2000, publisher={P}}")
        let cases = [(", §§ 4-5", "(Doe 2000, secs. 4–5)"), (", chapter 3", "(Doe 2000, chap. 3)"), (", sec. 2.3", "(Doe 2000, sec. 2.3)"),
                     (", lines 4-5", "(Doe 2000, ll. 4–5)"), (", {p. iv}", "(Doe 2000, iv)"), (", 12-14, 16", "(Doe 2000, 12–14, 16)"),
                     (", part 2", "(Doe 2000, pt. 2)"), (", p. 33 for details", "(Doe 2000, 33 for details)")]
        for (suffix, expected) in cases {
            let r = TestSupport.plain(.builtinAuthorDate, items, [TestSupport.citation(TestSupport.cite("k", suffix: suffix))])
            #expect(r.citations == [expected], "\(suffix)")
        }
    }
}
