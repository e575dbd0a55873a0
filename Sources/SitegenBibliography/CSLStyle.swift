import Foundation
import SitegenCore
import SitegenXML

/// A parsed CSL 1.0.2 style: options, macros, locale overrides, citation and bibliography layouts.
public struct CSLStyle: Sendable {
    /// The style's title from `<info>`.
    public var title: String
    /// `in-text` or `note`.
    public var citationClass: String
    /// Global options (`demote-non-dropping-particle`, `page-range-format`, inheritable name options …).
    var options: [String: String]
    var macros: [String: [CSLNode]]
    var citation: CSLLayout
    var bibliography: CSLLayout?
    /// Locale overrides in the style, in order: language-neutral first.
    var localeOverrides: [(language: String?, element: XMLElement)]
    /// `default-locale`.
    public var defaultLocale: String?

    /// Parses a style from its XML text; problems (unknown elements, missing macros) come back as diagnostics.
    public static func parse(_ xml: String, path: String = "<style>") -> (style: CSLStyle?, diagnostics: [Diagnostic]) {
        CSLStyleParser.parse(xml, path: path)
    }

    /// Loads a `.csl` file.
    public static func load(path: String) -> (style: CSLStyle?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [.error("cannot read CSL style '\(path)'", at: SourceLocation(file: path, line: 0, column: 0),
                                 rule: "csl-style", hint: "check the 'csl' path in front matter or sitegen.yml")])
        }
        let text = String(decoding: data, as: UTF8.self)
        return styleCache.value(path: path, contents: text) { parse(text, path: path) }
    }

    private static let styleCache = ParseCache<(style: CSLStyle?, diagnostics: [Diagnostic])>(capacity: 64)

    /// The effective locale: the built-in en-US with the style's own `<locale>` terms on top.
    public func locale(_ base: CSLLocale = .enUS) -> CSLLocale {
        var l = base
        let applicable = localeOverrides.filter { lang, _ in lang.map { base.language.lowercased().hasPrefix($0.lowercased()) } ?? true }
        for (_, element) in applicable.sorted(by: { ($0.language?.count ?? 0) < ($1.language?.count ?? 0) }) {
            l.merge(element, diagnostics: nil)
            l.finishBlock()
        }
        return l
    }

    /// True for numeric styles (the citation renders `citation-number`).
    var usesCitationNumber = false
    /// True when the style places `year-suffix` itself; otherwise it follows the first issued year.
    var rendersYearSuffix = false
}
