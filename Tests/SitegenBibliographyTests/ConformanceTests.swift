import Foundation
import SitegenCore
import Testing
@testable import SitegenBibliography

/// Formats a 118-entry bibliography with sitegen and with `pandoc --citeproc`, citing every key in several modes,
/// and compares reference entries and in-text citations as normalised text.
@Suite(.serialized) struct ConformanceTests {
    struct Spec {
        var markdown: String
        var citation: Citation
    }

    static let styleDirectory = "/usr/share/citation-style-language/styles"

    static func specs(keys: [String]) -> [Spec] {
        let loc = SourceLocation(file: "doc.md", line: 1, column: 1)
        func item(_ k: String, _ prefix: String = "", _ suffix: String = "", _ mode: Citation.Mode = .normal) -> Citation.Item {
            Citation.Item(key: k, prefix: prefix, suffix: suffix, mode: mode, location: loc)
        }
        var out: [Spec] = []
        func add(_ md: String, _ items: [Citation.Item]) { out.append(Spec(markdown: md, citation: Citation(items: items, location: loc))) }
        for (n, k) in keys.enumerated() {
            add("[@\(k)]", [item(k)])
            add("@\(k)", [item(k, "", "", .narrative)])
            add("[-@\(k)]", [item(k, "", "", .suppressAuthor)])
            switch n % 4 {
            case 0: add("[see @\(k), pp. 33-35]", [item(k, "see", ", pp. 33-35")])
            case 1: add("[@\(k), chap. 2]", [item(k, "", ", chap. 2")])
            case 2: add("@\(k) [p. 7]", [item(k, "", "p. 7", .narrative)])
            default: add("[@\(k), sec. 3 and passim]", [item(k, "", ", sec. 3 and passim")])
            }
        }
        for start in stride(from: 0, to: keys.count - 3, by: 10) {
            let group = Array(keys[start..<(start + 3)])
            add("[" + group.map { "@" + $0 }.joined(separator: "; ") + "]", group.map { item($0) })
        }
        // Fixed groups and tricky citations, where the bibliography has their keys (each set cites its own entries).
        let known = Set(keys)
        for group in [["smith2020a", "smith2020b", "smith2020c"], ["brown2004a", "brown2004b"], ["cole2006a", "cole2006b"],
                      ["smith2020b", "smithjane2020", "smith2020a"], ["adams2001", "adams2001"]] where group.allSatisfy(known.contains) {
            add("[" + group.map { "@" + $0 }.joined(separator: "; ") + "]", group.map { item($0) })
        }
        if known.contains("adams2001"), known.contains("baker2003") {
            add("[@adams2001, 45; @baker2003, 46]", [item("adams2001", "", ", 45"), item("baker2003", "", ", 46")])
        }
        for line in trickyCitations + RealWorldAgreementTests.trickyCitations {
            let items = parseBracketed(line).items
            if items.allSatisfy({ known.contains($0.key) }) { add(line, items) }
        }
        return out
    }

    /// Mixed modes, prefixes, grouping and collapsing cases.
    static let trickyCitations = [
        "[@adams2001; -@baker2003]", "[see @adams2001, p. 3; also @baker2003, chap. 2]", "[@smith2020a; @smith2020b; see also @smith2020c]",
        "[@smith2020a, p. 1; @smith2020b, p. 2]", "[e.g., @chen2010; @adams2001]", "[-@smith2020a; -@smith2020b]", "[@who2020; @nasa2019]",
        "[@anon2010; @onlinenoauthor]", "[@knuth1984, 33; @knuth1984, 45]", "[@knuth1984; @lamport1994; @knuth1984]", "[@vangogh1999; @particle2002]",
        "[@noyear; @nodate]", "[@others2016]", "[@green2020; @hill2021; @ito2016]", "[@brown2004a; @brown2004b; @cole2006a]",
        "[@smithjane2020; @smith2020a]", "[see @knuth1984]", "[@knuth1984 and passim]", "[@knuth1984, pp. 33--35]", "[@knuth1984, 33-35]",
        "[@circa2000]", "[@daterange2019]", "[@date2021; @newspaper2019]", "[@mvbook2011; @edtrans2012]", "[@firstvon1998]",
    ]

    /// A bracketed pandoc citation written in the simple forms above, as a `Citation`.
    static func parseBracketed(_ line: String) -> Citation {
        let items = line.dropFirst().dropLast().split(separator: ";").compactMap { part -> Citation.Item? in
            let p = String(part)
            guard let at = p.firstIndex(of: "@") else { return nil }
            var prefix = String(p[..<at]).trimmingCharacters(in: .whitespaces)
            var mode = Citation.Mode.normal
            if prefix.hasSuffix("-") {
                mode = .suppressAuthor
                prefix = String(prefix.dropLast()).trimmingCharacters(in: .whitespaces)
            }
            let rest = p[p.index(after: at)...]
            let key = String(rest.prefix { $0.isLetter || $0.isNumber })
            let suffix = String(rest.dropFirst(key.count)).trimmingCharacters(in: .whitespaces)
            return Citation.Item(key: key, prefix: prefix, suffix: suffix, mode: mode, location: SourceLocation(file: "doc.md", line: 1, column: 1))
        }
        return Citation(items: items, location: SourceLocation(file: "doc.md", line: 1, column: 1))
    }

    struct Outcome {
        var entryMatches = 0
        var entryTotal = 0
        var citationMatches = 0
        var citationTotal = 0
        var differences: [String] = []
        var markupMatches = 0
        var markupTotal = 0
        var markupDifferences: [String] = []
        var markupPercent: Double { markupTotal == 0 ? 100 : 100 * Double(markupMatches) / Double(markupTotal) }
        var percent: Double {
            let total = entryTotal + citationTotal
            return total == 0 ? 100 : 100 * Double(entryMatches + citationMatches) / Double(total)
        }
    }

    static func compare(style: CSLStyle, pandocArguments: [String], label: String, cslJSONInput: Bool = false,
                        bib: String = ConformanceBibliography.bib, quiet: Bool = false) throws -> Outcome? {
        guard PandocReference.executable != nil else {
            print("conformance [\(label)]: pandoc not installed, skipped")
            return nil
        }
        let dir = try PandocReference.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try bib.write(to: dir.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        var bibFile = "refs.bib"
        var (items, diagnostics) = Bibliography.parse(bib, format: .biblatex, file: "refs.bib")
        if cslJSONInput {
            // pandoc's own CSL-JSON rendering of the bibliography is the input to both sides.
            let json = try PandocReference.run(["-f", "biblatex", "-t", "csljson", "refs.bib"], in: dir)
            try json.write(to: dir.appendingPathComponent("refs.json"), atomically: true, encoding: .utf8)
            bibFile = "refs.json"
            (items, diagnostics) = Bibliography.parse(json, format: .cslJSON, file: "refs.json")
        }
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "the conformance bibliography reads cleanly: \(diagnostics)")
        let specs = specs(keys: items.map(\.id))
        let md = "---\nbibliography: \(bibFile)\nsuppress-bibliography: false\n---\n\n" + specs.map(\.markdown).joined(separator: "\n\n") + "\n"
        try md.write(to: dir.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        let html = try PandocReference.run(["--citeproc", "-t", "html", "--wrap=none"] + pandocArguments + ["doc.md"], in: dir)
        let reference = PandocReference.parse(html)
        let processor = CSLCitationProcessor(style: style, items: items)
        let doc = Document(id: "doc", origin: .file(path: "doc.md"), metadata: Metadata(), root: Section(level: 0, location: SourceLocation(file: "doc.md", line: 1, column: 1)))
        let mine = processor.formatPlain(specs.map(\.citation), in: doc)
        var outcome = Outcome()
        let mineEntries = Dictionary(mine.entries.map { ($0.id, PandocReference.normalize(RichText.escapeMarkup($0.text))) }, uniquingKeysWith: { a, _ in a })
        for (id, expected) in reference.entries {
            outcome.entryTotal += 1
            let got = mineEntries[id] ?? "<missing>"
            if got == expected { outcome.entryMatches += 1 } else { outcome.differences.append("entry \(id)\n    pandoc:  \(expected)\n    sitegen: \(got)") }
        }
        if mine.entries.map(\.id) != reference.entries.map(\.0) {
            outcome.differences.append("bibliography order differs:\n    pandoc:  \(reference.entries.map(\.0).joined(separator: " "))\n    sitegen: \(mine.entries.map(\.id).joined(separator: " "))")
        }
        for (n, spec) in specs.enumerated() {
            outcome.citationTotal += 1
            let expected = n < reference.citations.count ? reference.citations[n] : "<missing>"
            let got = PandocReference.normalize(RichText.escapeMarkup(mine.citations[n]))
            if got == expected { outcome.citationMatches += 1 } else { outcome.differences.append("citation \(spec.markdown)\n    pandoc:  \(expected)\n    sitegen: \(got)") }
        }
        compareMarkup(html: html, processor: processor, specs: specs, document: doc, outcome: &outcome)
        print("conformance [\(label)]: with markup (italics, bold, links) \(outcome.markupMatches)/\(outcome.markupTotal), "
              + String(format: "%.1f%% identical", outcome.markupPercent))
        if !quiet { for d in outcome.markupDifferences { print("  [\(label) markup] " + d) } }
        print("conformance [\(label)]: entries \(outcome.entryMatches)/\(outcome.entryTotal), citations \(outcome.citationMatches)/\(outcome.citationTotal), "
              + String(format: "%.1f%% identical", outcome.percent))
        for d in outcome.differences { print("  [\(label)] " + d) }
        return outcome
    }

    /// The same comparison on HTML that keeps emphasis, strong, super/subscript, small caps and links.
    static func compareMarkup(html: String, processor: CSLCitationProcessor, specs: [Spec], document: Document, outcome: inout Outcome) {
        let reference = PandocReference.parse(html, keepMarkup: true)
        let formatted = processor.format(specs.map(\.citation), in: document)
        let mine = PandocReference.parse("<p>" + formatted.inline.joined(separator: "</p><p>") + "</p>" + formatted.bibliography, keepMarkup: true)
        let mineEntries = Dictionary(mine.entries, uniquingKeysWith: { a, _ in a })
        for (id, expected) in reference.entries {
            outcome.markupTotal += 1
            let got = mineEntries[id] ?? "<missing>"
            if got == expected { outcome.markupMatches += 1 } else { outcome.markupDifferences.append("entry \(id)\n    pandoc:  \(expected)\n    sitegen: \(got)") }
        }
        for (n, expected) in reference.citations.enumerated() where n < mine.citations.count {
            outcome.markupTotal += 1
            if mine.citations[n] == expected { outcome.markupMatches += 1 } else {
                outcome.markupDifferences.append("citation \(specs[n].markdown)\n    pandoc:  \(expected)\n    sitegen: \(mine.citations[n])")
            }
        }
    }

    @Test func defaultStyleMatchesPandoc() throws {
        guard let outcome = try Self.compare(style: CSLStyle.builtinAuthorDate, pandocArguments: [], label: "default") else { return }
        #expect(outcome.entryTotal >= 100)
        #expect(outcome.percent >= 98.0)
        #expect(outcome.markupPercent >= 95.0)
    }

    @Test func defaultStyleFromCSLJSONMatchesPandoc() throws {
        guard let outcome = try Self.compare(style: CSLStyle.builtinAuthorDate, pandocArguments: [], label: "default, CSL-JSON input", cslJSONInput: true) else { return }
        #expect(outcome.percent >= 98.0)
    }

    @Test(arguments: ["apa", "ieee", "nature"])
    func publicStyleMatchesPandoc(name: String) throws {
        let path = "\(Self.styleDirectory)/\(name).csl"
        guard FileManager.default.fileExists(atPath: path) else {
            print("conformance [\(name)]: \(path) not present, skipped")
            return
        }
        let (style, diagnostics) = CSLStyle.load(path: path)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let loaded = try #require(style)
        guard let outcome = try Self.compare(style: loaded, pandocArguments: ["--csl=\(path)"], label: name) else { return }
        #expect(outcome.percent >= 95.0)
        #expect(outcome.markupPercent >= 90.0)
    }

    /// More public styles, reported but not held to a target (set SITEGEN_EXTRA_STYLES=1 to run them).
    @Test(arguments: ["chicago-author-date", "modern-language-association", "harvard-cite-them-right", "vancouver",
                      "american-medical-association", "elsevier-harvard", "springer-basic-author-date", "american-sociological-association"])
    func extraStyleReport(name: String) throws {
        guard ProcessInfo.processInfo.environment["SITEGEN_EXTRA_STYLES"] != nil else { return }
        let path = "\(Self.styleDirectory)/\(name).csl"
        guard FileManager.default.fileExists(atPath: path), let style = CSLStyle.load(path: path).style else { return }
        _ = try Self.compare(style: style, pandocArguments: ["--csl=\(path)"], label: name)
    }
}
