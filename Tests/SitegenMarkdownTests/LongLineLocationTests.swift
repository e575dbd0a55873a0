import Foundation
import SitegenCore
import Testing
@testable import SitegenMarkdown

/// Locations on one very long line (a generated post with thousands of references on a single line) are exact,
/// counted in Unicode scalars, and found without rescanning the line for each one.
@Suite struct LongLineLocationTests {
    @Test func everyUnresolvedReferenceOnALongLineIsAtItsColumn() {
        let count = 3_000
        // "é" and "✓" make byte and scalar columns differ; citations make the preprocessor edit the line.
        let body = (0..<count).map { "é✓ [@key\($0)] @fig-missing\($0)" }.joined(separator: " ")
        let source = "---\ntitle: Long\n---\n\n" + body + "\n"
        let parsed = MarkdownParser().parse(source, path: "long.md", id: "long")
        let rendered = HTMLRenderer().render(parsed.document)
        let unresolved = rendered.diagnostics.filter { $0.ruleID == "unresolved-cross-reference" }
        #expect(unresolved.count == count)
        let line = Array(body.unicodeScalars)
        for (k, d) in unresolved.enumerated() where k % 500 == 0 || k == count - 1 {
            let column = try! #require(d.location?.column)
            #expect(d.location?.line == 5)
            let at = String(String.UnicodeScalarView(line[(column - 1)...].prefix(20)))
            #expect(at.hasPrefix("@fig-missing\(k)"), "diagnostic \(k) points at '\(at)'")
        }
    }

    @Test func scalarColumnsMatchACountFromTheLineStart() {
        let text = String(repeating: "aé✓𝔸 ", count: 400) + "\n" + String(repeating: "ü", count: 700)
        let bytes = Array(text.utf8)
        let index = ScalarIndex(bytes)
        let lines = LineTable(bytes)
        for offset in stride(from: 0, to: bytes.count, by: 37) {
            let line = lines.line(containing: offset)
            let start = lines.start(ofLine: line)
            #expect(index.column(of: offset, lineStart: start, in: bytes) == LineTable.scalarColumn(of: offset, lineStart: start, in: bytes))
        }
    }
}
