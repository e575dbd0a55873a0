import Foundation
import Testing
@testable import SitegenBibliography

/// Compares sitegen's BibLaTeX reading of the conformance bibliography with `pandoc -f biblatex -t csljson`.
@Suite struct ReaderConformanceTests {
    static func normalizedFields(_ item: CSLItem) -> [String: String] {
        var out: [String: String] = ["type": item.type]
        for (k, v) in item.fields { out[k] = RichText.plain(RichText.parse(v)).replacingOccurrences(of: "\u{00A0}", with: " ") }
        for (k, names) in item.names {
            out[k] = names.map { [$0.given, $0.droppingParticle, $0.nonDroppingParticle, $0.family, $0.suffix, $0.literal].map { $0 ?? "" }.joined(separator: "|") }.joined(separator: "; ")
        }
        for (k, d) in item.dates {
            out[k] = d.parts.map { $0.map(String.init).joined(separator: "-") }.joined(separator: "/") + (d.literal ?? "") + (d.circa ? "~" : "")
        }
        return out
    }

    @Test func bibLaTeXReadingMatchesPandoc() throws {
        guard PandocReference.executable != nil else {
            print("reader conformance: pandoc not installed, skipped")
            return
        }
        let dir = try PandocReference.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ConformanceBibliography.bib.write(to: dir.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        let json = try PandocReference.run(["-f", "biblatex", "-t", "csljson", "refs.bib"], in: dir)
        let (reference, d) = Bibliography.parse(json, format: .cslJSON, file: "pandoc.json")
        #expect(d.isEmpty)
        let mine = Dictionary(Bibliography.parse(ConformanceBibliography.bib, format: .biblatex, file: "refs.bib").items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var same = 0
        for ref in reference {
            let expected = Self.normalizedFields(ref)
            let got = mine[ref.id].map(Self.normalizedFields) ?? [:]
            if expected == got { same += 1; continue }
            let keys = Set(expected.keys).union(got.keys).sorted().filter { expected[$0] != got[$0] }
            print("  [reader] \(ref.id): " + keys.map { "\($0): pandoc=\(expected[$0] ?? "-") sitegen=\(got[$0] ?? "-")" }.joined(separator: "; "))
        }
        let percent = 100 * Double(same) / Double(max(reference.count, 1))
        print("reader conformance: \(same)/\(reference.count) items identical to pandoc's CSL-JSON, " + String(format: "%.1f%%", percent))
        #expect(reference.count == 133)
        #expect(percent >= 95)
    }
}
