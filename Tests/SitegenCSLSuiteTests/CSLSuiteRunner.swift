import Foundation
import SitegenCore
@testable import SitegenBibliography

/// Runs one fixture through sitegen's CSL processor the way the suite's reference runner does: citation mode
/// renders each citation on its own line, bibliography mode renders every input item's entry.
enum CSLSuiteRunner {
    struct Outcome {
        var expected: String
        var actual: String
        var passed: Bool { expected == actual }
    }

    static func run(_ fixture: CSLSuiteFixture) -> Outcome {
        let expected = CSLSuiteHTML.normalize(fixture.sections["RESULT"] ?? "")
        guard let xml = fixture.sections["CSL"], let input = fixture.sections["INPUT"] else {
            return Outcome(expected: expected, actual: "(fixture lacks CSL or INPUT)")
        }
        let (style, diagnostics) = CSLStyle.parse(xml, path: fixture.name)
        guard let style else { return Outcome(expected: expected, actual: "(style rejected: \(diagnostics.map(\.message)))") }
        let (items, _) = CSLJSONReader.readJSON(withItemIDs(input), file: fixture.name)
        let processor = CSLCitationProcessor(style: style, items: items)
        let (citations, notes) = requests(fixture, items: items)
        let bibliographyMode = fixture.mode.hasPrefix("bibliography")
        let result = processor.engine.process(citations, notes: notes, nocite: bibliographyMode ? items.map(\.id) : [], nociteAll: false)
        let actual: String
        if bibliographyMode {
            let entries = result.entries.map { "<div class=\"csl-entry\">" + CSLSuiteHTML.html($0.inlines) + "</div>" }
            actual = "<div class=\"csl-bib-body\">" + entries.joined() + "</div>"
        } else {
            actual = result.citations.map { CSLSuiteHTML.html($0) }.joined(separator: "\n")
        }
        return Outcome(expected: expected, actual: CSLSuiteHTML.normalize(actual))
    }

    /// The citations of a fixture and their note numbers: `CITATIONS`, `CITATION-ITEMS`, or one citation of
    /// every input item in citation mode.
    ///
    /// `CITATIONS` replays citeproc-js's `processCitationCluster` calls: each entry is `[citation, before, after]`,
    /// where `before` and `after` list the `[citationID, noteIndex]` pairs around it; a later call with the same
    /// `citationID` replaces the citation. The result is the document as the last call leaves it.
    static func requests(_ fixture: CSLSuiteFixture, items: [CSLItem]) -> ([[CSLEngine.Request]], [Int]?) {
        if let text = fixture.sections["CITATIONS"], let list = json(text) as? [Any] {
            var byID: [String: (cites: [CSLEngine.Request], note: Int)] = [:]
            var order: [(id: String, note: Int?)] = []
            for entry in list {
                guard let triple = entry as? [Any], let citation = triple.first as? [String: Any],
                    let cites = citation["citationItems"] as? [Any] else { continue }
                let id = CSLJSONReader.scalar(citation["citationID"]) ?? "citation-\(byID.count)"
                let properties = citation["properties"] as? [String: Any]
                let note = properties.flatMap { CSLJSONReader.scalar($0["noteIndex"]) }.flatMap { Int($0) } ?? 0
                byID[id] = (cites.compactMap { ($0 as? [String: Any]).map(request) }, note)
                func pairs(_ value: Any?) -> [(id: String, note: Int?)] {
                    ((value as? [Any]) ?? []).compactMap { pair in
                        guard let p = pair as? [Any], let cid = p.first.flatMap({ CSLJSONReader.scalar($0) }) else { return nil }
                        return (cid, p.count > 1 ? CSLJSONReader.scalar(p[1]).flatMap { Int($0) } : nil)
                    }
                }
                order = pairs(triple.count > 1 ? triple[1] : nil) + [(id, note)] + pairs(triple.count > 2 ? triple[2] : nil)
            }
            let placed = order.compactMap { slot in byID[slot.id].map { ($0.cites, slot.note ?? $0.note) } }
            return (placed.map(\.0), placed.map(\.1))
        }
        if let text = fixture.sections["CITATION-ITEMS"], let list = json(text) as? [Any] {
            return (list.compactMap { ($0 as? [Any])?.compactMap { ($0 as? [String: Any]).map(request) } }, nil)
        }
        guard !fixture.mode.hasPrefix("bibliography") else { return ([], nil) }
        return ([items.map { CSLEngine.Request(key: $0.id, prefix: "", suffix: "", mode: .normal) }], nil)
    }

    private static func request(_ o: [String: Any]) -> CSLEngine.Request {
        func string(_ k: String) -> String? { CSLJSONReader.scalar(o[k]) }
        var mode = Citation.Mode.normal
        if string("suppress-author") == "true" || string("suppress-author") == "1" { mode = .suppressAuthor }
        var r = CSLEngine.Request(key: string("id") ?? "", prefix: string("prefix") ?? "", suffix: string("suffix") ?? "", mode: mode)
        r.locator = string("locator").flatMap { $0.isEmpty ? nil : $0 }
        r.label = string("label")
        r.authorOnly = string("author-only") == "true" || string("author-only") == "1"
        r.verbatimAffixes = true
        return r
    }

    /// The input with `ITEM-<n>` as the id of an item that has none, as the suite's reference harness numbers them.
    static func withItemIDs(_ input: String) -> String {
        guard var list = json(input) as? [Any] else { return input }
        var changed = false
        for k in list.indices {
            guard var o = list[k] as? [String: Any], o["id"] == nil else { continue }
            o["id"] = "ITEM-\(k + 1)"
            list[k] = o
            changed = true
        }
        guard changed, let data = try? JSONSerialization.data(withJSONObject: list) else { return input }
        return String(decoding: data, as: UTF8.self)
    }

    private static func json(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }
}
