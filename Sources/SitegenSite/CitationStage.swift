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
    let styles: CSLStyleResolver
    let locales: CSLLocaleResolver
    /// The site's `language` when it chooses citation terms (anything but the default English).
    let siteLanguage: String?
    let cache = CitationProcessorCache()
    /// Problems with the site-wide bibliography and style, reported once.
    let diagnostics: [Diagnostic]
    /// The style files used, for the build summary.
    let sources = SourceLog()

    init(config: SiteConfig, root: URL) {
        self.root = root
        styles = CSLStyleResolver(root: root)
        locales = CSLLocaleResolver(root: root)
        let language = config.language.lowercased()
        siteLanguage = language == "en" || language.isEmpty ? nil : config.language
        var diagnostics: [Diagnostic] = []
        siteBibliographies = config.bibliography.map { config.contentFolder.isEmpty ? $0 : config.contentFolder + "/" + $0 }
        for path in siteBibliographies { diagnostics += Self.load(path, root: root).diagnostics }
        if let csl = config.csl {
            let loaded = styles.resolve(csl)
            diagnostics += loaded.diagnostics
            siteStyle = (loaded.resolved?.source ?? csl, loaded.resolved?.style ?? .builtinAuthorDate)
        } else {
            siteStyle = ("embedded chicago-author-date.csl", .builtinAuthorDate)
        }
        self.diagnostics = diagnostics
    }

    /// Records which style files the build used (thread-safe).
    final class SourceLog: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [String] = []

        func note(_ source: String) {
            lock.withLock { if !seen.contains(source) { seen.append(source) } }
        }

        var all: [String] { lock.withLock { seen } }
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
            let loaded = styles.resolve(csl, folder: folder)
            diagnostics += loaded.diagnostics
            if let s = loaded.resolved { style = (s.source, s.style) }
        }
        let language = meta["lang"]?.stringValue ?? siteLanguage ?? style.style.defaultLocale
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
            } else if meta["nocite"] != nil {
                diagnostics.append(.warning(
                    "\(document.sourcePath) lists references in `nocite` but no bibliography is configured",
                    at: SourceLocation(file: document.sourcePath, line: 1, column: 1), rule: "missing-bibliography",
                    hint: "add `bibliography: references.bib` to sitegen.yml (relative to Content/) or to the post's front matter"))
            }
            return (nil, diagnostics)
        }
        for path in own { diagnostics += Self.load(path, root: root).diagnostics }
        let (locale, localeDiagnostics) = locales.locale(for: language)
        diagnostics += localeDiagnostics
        if meta["nocite"] != nil || !DocumentWalk.citations(in: document).isEmpty { sources.note(style.key) }
        // A post with inline references gets a processor of its own (keyed by its id).
        let key = paths.joined(separator: "\n") + (inline.isEmpty ? "" : "\ninline references of " + document.id)
        let processor = cache.processor(styleKey: style.key + "\u{0}" + locale.language, bibliographyKey: key) {
            let items = paths.flatMap { Self.load($0, root: root).items }
            return CSLCitationProcessor(style: style.style, items: Bibliography.merged(inline: inline, files: items), locale: locale)
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

    private static func join(_ folder: String, _ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return folder.isEmpty ? path : folder + "/" + path
    }
}
