import Foundation
import SitegenCore
import Testing
@testable import SitegenBibliography

/// A CSL-YAML bibliography with the Markdown pandoc allows in values, formatted by sitegen and by pandoc.
@Suite struct YAMLConformanceTests {
    static let yaml = #"""
    references:
    - id: y1
      type: article-journal
      title: "a *study* of [DNA Data]{.nocase} and H~2~O and x^2^ and **bold** things"
      author:
      - family: Doe
        given: Jane
      - family: Roe
        given: Richard
      container-title: Journal of Things
      volume: 4
      page: 10-20
      issued: 2020
    - id: y2
      type: book
      title: 'escaped \*stars\* and a [span]{.smallcaps} word'
      author: [{literal: "ACME Corp"}]
      publisher: ACME Press
      publisher-place: Springfield
      issued:
        date-parts: [[2019, 3]]
    - id: y3
      type: chapter
      title: "The _Drosophila_ chapter"
      author: [{family: Gogh, given: Vincent, non-dropping-particle: van}]
      editor: [{family: Ed, given: Ann}, {family: Tor, given: Bo}]
      container-title: "A *Handbook*"
      publisher: Press
      page: 101-108
      issued: {date-parts: [[2001]]}
    - id: y4
      type: webpage
      title: "A page with `code` and a [link](https://example.org)"
      author: [{family: Web, given: Wanda}]
      URL: https://example.org/a_b
      issued: 2021-06-15
      accessed: 2021-07-01
    - id: y5
      type: report
      title: Technical report
      author: [{family: Doe, given: Jane}]
      publisher: Institute
      number: TR-7
      issued: 2020
    """#

    @Test func yamlBibliographyMatchesPandoc() throws {
        guard PandocReference.executable != nil else {
            print("yaml conformance: pandoc not installed, skipped")
            return
        }
        let dir = try PandocReference.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Self.yaml
        try text.write(to: dir.appendingPathComponent("refs.yaml"), atomically: true, encoding: .utf8)
        let keys = ["y1", "y2", "y3", "y4", "y5"]
        let md = "---\nbibliography: refs.yaml\n---\n\n" + keys.map { "[@\($0)]" }.joined(separator: "\n\n") + "\n"
        try md.write(to: dir.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        let html = try PandocReference.run(["--citeproc", "-t", "html", "--wrap=none", "doc.md"], in: dir)
        let reference = PandocReference.parse(html, keepMarkup: true)
        let (items, diagnostics) = Bibliography.parse(text, format: .cslYAML, file: "refs.yaml")
        #expect(diagnostics.isEmpty)
        let processor = CSLCitationProcessor(style: .builtinAuthorDate, items: items)
        let citations = keys.map { Citation(items: [TestSupport.cite($0)], location: TestSupport.location) }
        let out = processor.format(citations, in: TestSupport.document())
        // CSL flip-flops italics inside italics (`<span class="csl-no-emph">`, as citeproc-js); pandoc 2.17 nests
        // `<em>` instead. The one documented difference, compared in pandoc's spelling.
        let flipped = (out.inline.joined(separator: "</p><p>") + "</p>" + out.bibliography)
            .replacingOccurrences(of: #"<span class="csl-no-emph">(.*?)</span>"#, with: "<em>$1</em>", options: .regularExpression)
        let mine = PandocReference.parse("<p>" + flipped, keepMarkup: true)
        var same = 0
        let mineEntries = Dictionary(mine.entries, uniquingKeysWith: { a, _ in a })
        for (id, expected) in reference.entries {
            if mineEntries[id] == expected { same += 1 } else { print("  [yaml] entry \(id)\n    pandoc:  \(expected)\n    sitegen: \(mineEntries[id] ?? "-")") }
        }
        for (n, expected) in reference.citations.enumerated() {
            if mine.citations[n] == expected { same += 1 } else { print("  [yaml] citation \(n)\n    pandoc:  \(expected)\n    sitegen: \(mine.citations[n])") }
        }
        print("yaml conformance: \(same)/\(reference.entries.count + reference.citations.count) identical with markup")
        #expect(reference.entries.count == 5)
        #expect(same == reference.entries.count + reference.citations.count)
    }
}
