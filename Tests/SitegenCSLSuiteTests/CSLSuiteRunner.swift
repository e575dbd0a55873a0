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
        let (items, _) = CSLJSONReader.readJSON(input, file: fixture.name)
        let processor = CSLCitationProcessor(style: style, items: items)
        let citations = requests(fixture, items: items)
        let bibliographyMode = fixture.mode.hasPrefix("bibliography")
        let result = processor.engine.process(citations, nocite: bibliographyMode ? items.map(\.id) : [], nociteAll: false)
        let actual: String
        if bibliographyMode {
            let entries = result.entries.map { "<div class=\"csl-entry\">" + CSLSuiteHTML.html($0.inlines) + "</div>" }
            actual = "<div class=\"csl-bib-body\">" + entries.joined() + "</div>"
        } else {
            actual = result.citations.map { CSLSuiteHTML.html($0) }.joined(separator: "\n")
        }
        return Outcome(expected: expected, actual: CSLSuiteHTML.normalize(actual))
    }

    /// The citations of a fixture: `CITATIONS` (with note positions), `CITATION-ITEMS`, or one citation of every
    /// input item in citation mode.
    static func requests(_ fixture: CSLSuiteFixture, items: [CSLItem]) -> [[CSLEngine.Request]] {
        if let text = fixture.sections["CITATIONS"], let list = json(text) as? [Any] {
            return list.compactMap { entry -> [CSLEngine.Request]? in
                guard let triple = entry as? [Any], let citation = triple.first as? [String: Any],
                    let cites = citation["citationItems"] as? [Any] else { return nil }
                return cites.compactMap { ($0 as? [String: Any]).map(request) }
            }
        }
        if let text = fixture.sections["CITATION-ITEMS"], let list = json(text) as? [Any] {
            return list.compactMap { ($0 as? [Any])?.compactMap { ($0 as? [String: Any]).map(request) } }
        }
        guard !fixture.mode.hasPrefix("bibliography") else { return [] }
        return [items.map { CSLEngine.Request(key: $0.id, prefix: "", suffix: "", mode: .normal) }]
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

    private static func json(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }
}
