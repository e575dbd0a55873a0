import Foundation
import SitegenBibliography
import SitegenCore
import SitegenMarkdown

/// Loads bibliographies and CSL styles once per build and hands each document a citation processor:
/// the site's `bibliography:` and `csl:` from sitegen.yml (relative to Content/ and the site root), plus a
/// post's own `bibliography:` and `csl:` (relative to the post's folder), as pandoc and Quarto resolve them,
/// and a post's inline `references:` (CSL-YAML in the front matter), which win over file entries with the same id.
struct CitationStage: Sendable {
    let root: URL
    let siteBibliographies: [String]
    let siteStyle: (key: String, style: CSLStyle)
    let cache = CitationProcessorCache()
    /// Problems with the site-wide bibliography and style, reported once.
    let diagnostics: [Diagnostic]

    init(config: SiteConfig, root: URL) {
        self.root = root
        var diagnostics: [Diagnostic] = []
        siteBibliographies = config.bibliography.map { "Content/" + $0 }
        for path in siteBibliographies { diagnostics += Self.load(path, root: root).diagnostics }
        if let csl = config.csl {
            let loaded = Self.style(csl, root: root)
            diagnostics += loaded.diagnostics
            siteStyle = (csl, loaded.style ?? .builtinAuthorDate)
        } else {
            siteStyle = ("builtin", .builtinAuthorDate)
        }
        self.diagnostics = diagnostics
    }

    /// The processor for one document, and problems with its own bibliography or style.
    func processor(for document: Document) -> (processor: (any CitationProcessing)?, diagnostics: [Diagnostic]) {
        let meta = document.metadata.extra
        let folder = (document.sourcePath as NSString).deletingLastPathComponent
        let own = (meta["bibliography"]?.stringList ?? []).map { Self.join(folder, $0) }
        let paths = siteBibliographies + own
        var diagnostics: [Diagnostic] = []
        var style = siteStyle
        if let csl = meta["csl"]?.stringValue {
            let path = Self.join(folder, csl)
            let loaded = Self.style(path, root: root)
            diagnostics += loaded.diagnostics
            if let s = loaded.style { style = (path, s) }
        }
        var inline: [CSLItem] = []
        if let references = meta["references"] {
            let read = Bibliography.inlineReferences(references, file: document.sourcePath)
            inline = read.items
            diagnostics += read.diagnostics
        }
        guard !paths.isEmpty || !inline.isEmpty else {
            // As pandoc without a bibliography: citations stay as written; say once per post why.
            if let first = DocumentWalk.citations(in: document).first {
                diagnostics.append(.warning(
                    "\(document.sourcePath) cites @\(first.items.first?.key ?? "") but no bibliography is configured",
                    at: first.location, rule: "missing-bibliography",
                    hint: "add `bibliography: references.bib` to sitegen.yml (relative to Content/) or to the post's front matter"))
            }
            return (nil, diagnostics)
        }
        for path in own { diagnostics += Self.load(path, root: root).diagnostics }
        // A post with inline references gets a processor of its own (keyed by its id).
        let key = paths.joined(separator: "\n") + (inline.isEmpty ? "" : "\ninline references of " + document.id)
        let processor = cache.processor(styleKey: style.key, bibliographyKey: key) {
            let items = paths.flatMap { Self.load($0, root: root).items }
            return CSLCitationProcessor(style: style.style, items: Bibliography.merged(inline: inline, files: items))
        }
        return (processor, diagnostics)
    }

    /// Reads a bibliography by its path relative to the site root, so diagnostics name it that way.
    private static func load(_ path: String, root: URL) -> (items: [CSLItem], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            return ([], [.error("cannot read bibliography '\(path)'", at: SourceLocation(file: path),
                               rule: "missing-bibliography", hint: "check the path in the `bibliography:` front matter or sitegen.yml (site-wide paths are relative to Content/)")])
        }
        return Bibliography.load(path: path, contents: String(decoding: data, as: UTF8.self))
    }

    private static func style(_ path: String, root: URL) -> (style: CSLStyle?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            let absolute = FileManager.default.contents(atPath: path).map { CSLStyle.parse(String(decoding: $0, as: UTF8.self), path: path) }
            return absolute ?? (nil, [.error("cannot read CSL style '\(path)'", at: SourceLocation(file: path), rule: "csl-style",
                                             hint: "check the `csl:` path; it is relative to the site root (or the post's folder in front matter)")])
        }
        return CSLStyle.parse(String(decoding: data, as: UTF8.self), path: path)
    }

    private static func join(_ folder: String, _ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return folder.isEmpty ? path : folder + "/" + path
    }
}
