import Foundation
import SitegenCore
import SitegenMath

/// The mutable state of rendering one document; lives for one `HTMLRenderer.render` call.
final class RenderSession {
    let document: Document
    let options: RenderOptions
    let hooks: RenderHooks
    let index: CrossReferenceIndex
    let baseURL: URL?
    var diagnostics: [Diagnostic] = []
    /// Formatted HTML per citation (document order was used to format them).
    var citationHTML: [Citation: String] = [:]
    var bibliography = ""
    var referencesPlaced = false
    /// Footnote numbers by label, in order of first reference.
    var footnoteNumbers: [String: Int] = [:]
    /// How many references each footnote number has had so far.
    var footnoteReferenceCounts: [Int: Int] = [:]
    /// True while writing a sidenote, so a note cannot include itself.
    var inSidenote = false
    /// Code blocks written so far (their ids are `cb1`, `cb2`, … as pandoc numbers them).
    var codeBlockCount = 0
    /// Macros for the next formula: the options' plus the document's own `\newcommand`s so far.
    var mathMacros: MathMacros
    /// The block being written, for diagnostics about its inline content.
    var currentLocation: SourceLocation?

    init(document: Document, options: RenderOptions, hooks: RenderHooks) {
        self.document = document
        self.options = options
        self.hooks = hooks
        self.index = CrossReferenceIndex(document)
        self.baseURL = options.absoluteBaseURL.flatMap { URL(string: $0) }
        self.mathMacros = options.mathMacros
        for (position, footnote) in document.footnotes.enumerated() where footnoteNumbers[footnote.label] == nil {
            footnoteNumbers[footnote.label] = position + 1
        }
    }

    func run() -> RenderedDocument {
        diagnostics += index.diagnostics
        formatCitations()
        var html = ""
        html.reserveCapacity(4096)
        renderSection(document.root, into: &html)
        if !referencesPlaced, !bibliography.isEmpty {
            // The processor's list carries id="refs"; the section around it only adds the heading.
            html += "<section class=\"references\" role=\"doc-bibliography\"><h2 id=\"references\">"
            html += HTML.escape(options.referencesTitle) + "</h2>\n" + bibliography + "\n</section>\n"
        }
        renderFootnotes(into: &html)
        let text = DocumentText(session: self)
        return RenderedDocument(
            html: html, toc: tableOfContents(), summary: text.summary(), wordCount: text.wordCount(),
            diagnostics: uniqueDiagnostics())
    }

    private func formatCitations() {
        let citations = DocumentWalk.citations(in: document)
        // A page with only `nocite` (a publications list) still gets its reference list.
        guard !citations.isEmpty || document.metadata.extra["nocite"] != nil else { return }
        guard let processor = hooks.citations else {
            for citation in citations { citationHTML[citation] = Self.writtenHTML(citation) }
            return
        }
        // The processor returns each citation's whole HTML (its `<span class="citation">` included).
        let formatted = processor.format(citations, in: document)
        for (position, citation) in citations.enumerated() where citationHTML[citation] == nil {
            citationHTML[citation] = position < formatted.inline.count
                ? formatted.inline[position] : Self.writtenHTML(citation)
        }
        bibliography = formatted.bibliography
        diagnostics += formatted.diagnostics
    }

    /// A citation as written, in its span, for when no processor is configured.
    static func writtenHTML(_ citation: Citation) -> String {
        let keys = citation.items.map(\.key).joined(separator: " ")
        return "<span class=\"citation\" data-cites=\"\(HTML.escapeAttribute(keys))\">"
            + HTML.escape(writtenForm(citation)) + "</span>"
    }

    /// A citation as the author wrote it, for when no processor is configured.
    static func writtenForm(_ citation: Citation) -> String {
        if citation.items.count == 1, citation.items[0].mode == .narrative {
            let item = citation.items[0]
            return "@" + item.key + (item.suffix.isEmpty ? "" : " [\(item.suffix)]")
        }
        let items = citation.items.map { item -> String in
            var text = item.prefix.isEmpty ? "" : item.prefix + " "
            text += (item.mode == .suppressAuthor ? "-@" : "@") + item.key
            if !item.suffix.isEmpty { text += item.suffix.first == "," ? item.suffix : " " + item.suffix }
            return text
        }
        return "[" + items.joined(separator: "; ") + "]"
    }

    private func tableOfContents() -> [TOCEntry] {
        document.sections.map { section in
            var title = ""
            renderInlines(section.heading, into: &title, links: false)
            let number = index[section.id].flatMap(options.displayedNumber)
            return TOCEntry(level: section.level, id: section.id, titleHTML: title, number: number)
        }
    }

    private func uniqueDiagnostics() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    // MARK: - URLs

    /// A link destination after the site's rewriting, made safe for untrusted content and absolute for feeds.
    func linkURL(_ url: String) -> String {
        absolute(safe(hooks.rewriteLinkURL?(url) ?? url))
    }

    /// An image source after the site's rewriting.
    func imageURL(_ source: String) -> String {
        absolute(safe(hooks.rewriteImageURL?(source) ?? source))
    }

    private func safe(_ url: String) -> String {
        guard !options.allowRawHTML else { return url }
        let scheme = url.prefix(16).lowercased().filter { !$0.isWhitespace && !$0.isNewline }
        for bad in ["javascript:", "vbscript:", "data:"] where scheme.hasPrefix(bad) {
            if bad == "data:", scheme.hasPrefix("data:image/") , !scheme.hasPrefix("data:image/svg") { return url }
            return "#"
        }
        return url
    }

    private func absolute(_ url: String) -> String {
        guard let baseURL, !url.isEmpty, !url.hasPrefix("#") else { return url }
        if let colon = url.firstIndex(of: ":"), url[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
            return url
        }
        return URL(string: url, relativeTo: baseURL)?.absoluteString ?? url
    }

    // MARK: - Attributes

    /// ` id="…" class="…" data-key="…"` for a div or span; `extraClasses` come first.
    func attributeHTML(_ attributes: Attributes, extraClasses: [String] = [], skipID: Bool = false) -> String {
        var html = ""
        if !skipID, let id = attributes.id { html += " id=\"\(HTML.escapeAttribute(id))\"" }
        let classes = extraClasses + attributes.classes
        if !classes.isEmpty { html += " class=\"\(HTML.escapeAttribute(classes.joined(separator: " ")))\"" }
        for pair in attributes.pairs {
            let key = pair.key.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            guard !key.isEmpty else { continue }
            if ["title", "lang", "dir"].contains(key) || (key == "style" && options.allowRawHTML) {
                html += " \(key)=\"\(HTML.escapeAttribute(pair.value))\""
            } else {
                html += " data-\(key)=\"\(HTML.escapeAttribute(pair.value))\""
            }
        }
        return html
    }
}
