import Foundation
import Testing
@testable import SitegenBibliography

/// Hostile or broken input must give diagnostics or be ignored, never crash or hang.
@Suite struct RobustnessTests {
    @Test func hostileBibTeX() {
        let inputs = [
            "@article{k, title = {" + String(repeating: "\\em ", count: 5000) + "x}}",
            "@article{k, title = {" + String(repeating: "{", count: 3000) + "x" + String(repeating: "}", count: 3000) + "}}",
            "@article{k, year = {9223372036854775807}, month = {99}, day = {-4}}",
            "@article{k, author = {" + Array(repeating: "A, B", count: 2000).joined(separator: " and ") + "}}",
            "@article{k, title = {\\'}, author = {{}}, pages = {--}}",
            "@article{k, crossref = {k}}",
        ]
        for text in inputs {
            let (items, _) = Bibliography.parse(text, format: .biblatex, file: "x.bib")
            let p = CSLCitationProcessor(style: .builtinAuthorDate, items: items)
            let out = p.format([TestSupport.citation(TestSupport.cite("k"))], in: TestSupport.document())
            #expect(out.inline.count == 1)
        }
    }

    @Test func hostileCSLJSON() {
        let json = #"[{"id":"k","type":"book","issued":{"date-parts":[[9223372036854775807, 99, 99]]},"title":"<i><i><i>x","author":[{"family":""},"plain"],"page":"99999999999999999999999-1"}]"#
        let (items, _) = Bibliography.parse(json, format: .cslJSON, file: "x.json")
        let out = CSLCitationProcessor(style: .builtinNumeric, items: items).format([TestSupport.citation(TestSupport.cite("k"))], in: TestSupport.document())
        #expect(out.bibliography.contains("ref-k"))
    }

    @Test func recursiveMacrosStop() {
        let style = TestSupport.style("""
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
          <macro name="a"><text macro="b"/><text value="x"/></macro>
          <macro name="b"><text macro="a"/></macro>
          <citation><layout><text macro="a"/></layout></citation>
        </style>
        """)
        let r = TestSupport.plain(style, [CSLItem(id: "k", type: "book")], [TestSupport.citation(TestSupport.cite("k"))])
        #expect(r.citations.first?.hasPrefix("x") == true)
    }
}
