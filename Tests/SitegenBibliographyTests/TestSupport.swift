import Foundation
import SitegenCore
@testable import SitegenBibliography

/// Small builders shared by the tests.
enum TestSupport {
    static let location = SourceLocation(file: "post.md", line: 3, column: 5)

    static func items(_ bib: String, file: String = "refs.bib") -> [CSLItem] {
        Bibliography.parse(bib, format: .biblatex, file: file).items
    }

    static func item(_ bib: String) -> CSLItem? { items(bib).first }

    static func cite(_ key: String, prefix: String = "", suffix: String = "", mode: Citation.Mode = .normal) -> Citation.Item {
        Citation.Item(key: key, prefix: prefix, suffix: suffix, mode: mode, location: location)
    }

    static func citation(_ items: Citation.Item...) -> Citation {
        Citation(items: items, location: location)
    }

    static func document(nocite: String? = nil) -> Document {
        var metadata = Metadata(title: "A post")
        if let nocite { metadata.extra["nocite"] = .string(nocite) }
        return Document(id: "posts/a", origin: .file(path: "Content/posts/a.md"), metadata: metadata, root: Section(level: 0, location: location))
    }

    static func style(_ xml: String) -> CSLStyle {
        let (style, diagnostics) = CSLStyle.parse(xml)
        precondition(diagnostics.isEmpty, "test style has problems: \(diagnostics)")
        return style!
    }

    /// A style whose citation layout is `citation` and bibliography layout is `bibliography` (CSL fragments).
    static func style(citation: String, bibliography: String = "<text variable=\"title\"/>", citationAttributes: String = "",
                      bibliographyAttributes: String = "", styleAttributes: String = "", macros: String = "", sort: String = "") -> CSLStyle {
        style("""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" \(styleAttributes)>
          \(macros)
          <citation \(citationAttributes)><layout>\(citation)</layout></citation>
          <bibliography \(bibliographyAttributes)>\(sort)<layout>\(bibliography)</layout></bibliography>
        </style>
        """)
    }

    /// Formats one citation per key list and returns the plain citations and entries.
    static func plain(_ style: CSLStyle, _ items: [CSLItem], _ citations: [Citation], nocite: String? = nil) -> (citations: [String], entries: [String]) {
        let p = CSLCitationProcessor(style: style, items: items)
        let r = p.formatPlain(citations, in: document(nocite: nocite))
        return (r.citations, r.entries.map(\.text))
    }

    /// Renders the bibliography entry of one item under a style fragment.
    static func entry(_ fragment: String, _ item: CSLItem, macros: String = "", bibliographyAttributes: String = "", styleAttributes: String = "") -> String {
        let s = style(citation: "<text variable=\"title\"/>", bibliography: fragment, bibliographyAttributes: bibliographyAttributes,
                      styleAttributes: styleAttributes, macros: macros)
        return plain(s, [item], [], nocite: "@\(item.id)").entries.first ?? ""
    }
}
