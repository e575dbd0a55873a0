import Foundation
import Testing
@testable import SitegenBibliography

@Suite struct BibliographyTests {
    @Test func formatByExtension() {
        #expect(Bibliography.Format(path: "a.bib") == .biblatex)
        #expect(Bibliography.Format(path: "a.BIBTEX") == .bibtex)
        #expect(Bibliography.Format(path: "a.json") == .cslJSON)
        #expect(Bibliography.Format(path: "a.yml") == .cslYAML)
        #expect(Bibliography.Format(path: "a.yaml") == .cslYAML)
        #expect(Bibliography.Format(path: "a.txt") == nil)
        let (items, d) = Bibliography.load(path: "refs.txt", contents: "")
        #expect(items.isEmpty)
        #expect(d.first?.message == "unknown bibliography format 'txt'")
    }

    @Test func loadIsCachedAndStable() {
        let bib = "@book{cached\(UUID().uuidString.prefix(8)), title={T}}"
        let a = Bibliography.load(path: "refs.bib", contents: bib)
        let b = Bibliography.load(path: "refs.bib", contents: bib)
        #expect(a.items == b.items)
        #expect(a.items.count == 1)
        let changed = Bibliography.load(path: "refs.bib", contents: bib + "\n@book{other, title={U}}")
        #expect(changed.items.count == 2)
    }

    @Test func loadFromDiskAndMissingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-\(UUID().uuidString).bib")
        try "@book{disk, title={On Disk}}".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(Bibliography.load(path: url.path).items.first?.id == "disk")
        #expect(Bibliography.load(path: "/nonexistent/refs.bib").diagnostics.first?.ruleID == "missing-bibliography")
    }

    @Test func concurrentLoadsAgree() async {
        let bib = ConformanceBibliography.bib
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { Bibliography.load(path: "conf.bib", contents: bib).items.count } }
            var out: [Int] = []
            for await c in group { out.append(c) }
            return out
        }
        #expect(Set(counts) == [133])
    }

    @Test func bibtexVariantUsesBibTeXNameRules() {
        let (items, _) = Bibliography.load(path: "x.bibtex", contents: "@book{k, author={Drummond de Andrade, Carlos}}")
        #expect(items.first?.names["author"]?.first?.family == "Andrade")
    }
}
