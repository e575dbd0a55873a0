import Foundation
import SitegenCore

/// Formats a document's pandoc-style citations with a CSL style and a bibliography: in-text citations as
/// `<span class="citation">` with linked cites (the formatted entry in a `title` for hover previews), and the
/// reference list as pandoc's `<div id="refs">`. Parse the style and bibliography once and share one processor.
public struct CSLCitationProcessor: CitationProcessing {
    let engine: CSLEngine

    /// The style in use.
    public var style: CSLStyle { engine.style }
    /// Every bibliography item by key.
    public var items: [String: CSLItem] { engine.items }

    /// Creates a processor; items with a duplicate key after the first are ignored.
    public init(style: CSLStyle, items: [CSLItem], locale: CSLLocale? = nil) {
        let base = locale ?? CSLLocaleResolver.installed(style.defaultLocale)
        engine = CSLEngine(style: style, items: items, locale: style.locale(base), baseLocale: base)
    }

    /// Formats every citation of `document` in one pass, with the bibliography of what was cited plus the
    /// keys of `nocite` front matter (`@*` for everything).
    public func format(_ citations: [Citation], in document: Document) -> FormattedCitations {
        let requests = citations.map { c in
            c.items.map { CSLEngine.Request(key: $0.key, prefix: $0.prefix, suffix: $0.suffix, mode: $0.mode) }
        }
        let (nocite, all) = Self.nocite(document.metadata.extra["nocite"])
        let result = engine.process(requests, nocite: nocite, nociteAll: all)
        let previews = Dictionary(result.entries.map { ($0.id, RichText.plain($0.inlines)) }, uniquingKeysWith: { a, _ in a })
        var inline: [String] = []
        var diagnostics: [Diagnostic] = []
        for (n, citation) in citations.enumerated() {
            let unresolved = citation.items.filter { engine.items[$0.key] == nil }
            for item in unresolved { diagnostics.append(missingKey(item)) }
            let keys = citation.items.map(\.key).joined(separator: " ")
            let cites = "data-cites=\"\(HTML.escapeAttribute(keys))\""
            if !citation.items.isEmpty, unresolved.count == citation.items.count {
                let text = citation.items.map { "?" + $0.key }.joined(separator: "; ")
                inline.append("<span class=\"citation unresolved\" \(cites)>\(HTML.escape(text))</span>")
                continue
            }
            let html = CitationHTML.inline(result.citations[n], previews: previews, bibliographyItems: engine.items)
            let cls = unresolved.isEmpty ? "citation" : "citation unresolved"
            inline.append("<span class=\"\(cls)\" \(cites)>\(html)</span>")
        }
        for key in nocite where engine.items[key] == nil {
            diagnostics.append(.warning("nocite key '\(key)' is not in the bibliography", at: SourceLocation(file: document.sourcePath, line: 0, column: 0),
                                        rule: "undefined-citation", hint: suggestion(for: key)))
        }
        let bibliography = CitationHTML.bibliography(result.entries, hangingIndent: engine.style.bibliography?.attributes["hanging-indent"] == "true")
        return FormattedCitations(inline: inline, bibliography: bibliography, diagnostics: diagnostics)
    }

    private func missingKey(_ item: Citation.Item) -> Diagnostic {
        .error("citation key `@\(item.key)` is not in the bibliography", at: item.location, rule: "undefined-citation", hint: suggestion(for: item.key))
    }

    private func suggestion(for key: String) -> String {
        if let near = Suggestion.nearest(to: key, in: engine.itemOrder) { return "did you mean '\(near)'?" }
        return "add an entry with this key to the bibliography, or fix the key"
    }

    /// The plain-text formatted citations and reference list of a document (for tests, feeds and previews).
    public func formatPlain(_ citations: [Citation], in document: Document) -> (citations: [String], entries: [(id: String, text: String)]) {
        let requests = citations.map { c in c.items.map { CSLEngine.Request(key: $0.key, prefix: $0.prefix, suffix: $0.suffix, mode: $0.mode) } }
        let (nocite, all) = Self.nocite(document.metadata.extra["nocite"])
        let result = engine.process(requests, nocite: nocite, nociteAll: all)
        return (result.citations.map { RichText.plain($0) }, result.entries.map { ($0.id, RichText.plain($0.inlines)) })
    }

    /// The keys cited in `citations` plus those named by `nocite` (every key for `@*`), in first-use order.
    public func citedKeys(_ citations: [Citation], nocite: MetaValue? = nil) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for c in citations { for i in c.items where seen.insert(i.key).inserted { out.append(i.key) } }
        let (keys, all) = Self.nocite(nocite)
        for k in (all ? engine.itemOrder : keys) where seen.insert(k).inserted { out.append(k) }
        return out
    }

    /// Bibliography entries that no document cites, in file order (for the `unused-bibliography-entry` rule).
    public func entriesUnused(citedKeys: Set<String>) -> [CSLItem] {
        engine.itemOrder.filter { !citedKeys.contains($0) }.compactMap { engine.items[$0] }
    }

    /// Reads `nocite` front matter: "@a, @b", a list of such strings, or "@*".
    static func nocite(_ value: MetaValue?) -> (keys: [String], all: Bool) {
        guard let value else { return ([], false) }
        var keys: [String] = []
        var all = false
        for s in value.stringList {
            for token in s.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" }) {
                var t = token.trimmingCharacters(in: .whitespaces)
                guard t.hasPrefix("@") else { continue }
                t.removeFirst()
                if t == "*" { all = true } else if !t.isEmpty { keys.append(t) }
            }
        }
        return (keys, all)
    }
}

