import Foundation
import SitegenCore
import SitegenMarkdown

/// Parses Markdown sources into documents and renders them to HTML, resolving cross-references across posts,
/// image sizes in page bundles, and citations.
struct MarkdownStage: Sendable {
    let config: SiteConfig
    let urls: URLBuilder
    /// Every page's labels, by the names a post may use for it (`posts/slug` and its document id).
    let labels: [String: CrossPostTarget]
    let citations: CitationStage?
    let images: ImageCheck
    /// Rewrites links and image sources (base path, source-file links); nil writes them as written.
    let links: LinkStage?

    struct CrossPostTarget: Sendable {
        var index: CrossReferenceIndex
        var path: String
        var title: String
        /// How the target post shows its numbers (sections are numbered only with `number-sections`).
        var numbering: RenderOptions
    }

    init(config: SiteConfig, urls: URLBuilder, pages: [SitePage], citations: CitationStage?, contentRoot: URL, links: LinkStage? = nil) {
        self.config = config
        self.links = links
        images = ImageCheck(contentRoot: contentRoot)
        self.urls = urls
        self.citations = citations
        var labels: [String: CrossPostTarget] = [:]
        for page in pages {
            let target = CrossPostTarget(
                index: CrossReferenceIndex(page.document), path: page.path, title: page.title,
                numbering: RenderOptions().adjusted(for: page.document.metadata))
            labels[page.document.id] = target
            if let file = page.file { labels["\(file.kind == .post ? "posts" : "pages")/\(file.slug)"] = target }
        }
        self.labels = labels
    }

    /// Markdown errors that are warnings in Quarto documents.
    static let quartoLenientRules: Set<String> = ["invalid-date", "unclosed-div", "unclosed-attributes", "malformed-attributes"]

    /// Reads and parses one file; a file that cannot be read is an error diagnostic, not a crash.
    static func parse(_ file: ContentFile) -> (SitePage?, [Diagnostic]) {
        do {
            return parse(file, data: try Data(contentsOf: file.url))
        } catch {
            return (nil, [.error("cannot read \(file.displayPath): \(error.localizedDescription)",
                                 at: SourceLocation(file: file.displayPath), hint: "check the file's permissions")])
        }
    }

    /// Parses `data`, the bytes read from `file`.
    static func parse(_ file: ContentFile, data: Data) -> (SitePage?, [Diagnostic]) {
        guard var text = String(data: data, encoding: .utf8) else {
            let position = UTF8Position.firstInvalid(in: data) ?? UTF8Position(offset: 0, line: 1, column: 1, byte: data.first ?? 0)
            return (nil, [position.diagnostic(file: file.displayPath)])
        }
        var quartoDiagnostics: [Diagnostic] = []
        if let quarto = file.quarto {
            let prepared = QuartoSource(file: quarto, displayPath: file.displayPath).prepare(text)
            text = prepared.text
            quartoDiagnostics = prepared.diagnostics
        }
        let parsed = MarkdownParser().parse(text, path: file.displayPath, id: file.id)
        var page = SitePage(kind: file.kind == .post ? .post : .page, document: parsed.document, file: file, path: "")
        page.sourceText = text
        var diagnostics = parsed.diagnostics
        if file.quarto != nil {
            // Slashed dates are Quarto's own form (read month-first there too), so they are not a warning in a Quarto document.
            diagnostics.removeAll { $0.ruleID == "date-format" }
            // Quarto (pandoc) renders these leniently — a date as written, an unclosed div closed at the end, broken
            // attributes as text — so a Quarto document builds with a warning where a sitegen post fails.
            diagnostics = diagnostics.map { d in
                guard let rule = d.ruleID, Self.quartoLenientRules.contains(rule), d.severity == .error else { return d }
                var w = d
                w.severity = .warning
                if rule == "invalid-date" { w.message += "; the post is built without a date" }
                return w
            }
        }
        return (page, quartoDiagnostics + diagnostics)
    }

    /// Renders a page's body for its own URL; `recorder` collects what the result depended on beyond the page itself.
    func render(_ page: SitePage, recorder: DependencyRecorder? = nil) -> SitePage {
        var page = page
        let citing = citations?.processor(for: page.document)
        let renderer = renderer(for: page, citations: citing?.processor, recorder: recorder)
        let result = renderer.render(page.document)
        recorder?.renderDiagnostics = result.diagnostics
        recorder?.citationDiagnostics = citing?.diagnostics ?? []
        page.rendered.mathEngine = renderer.options.mathEngine.rawValue
        page.rendered.html = result.html
        page.rendered.toc = result.toc.map { TOCItem(level: $0.level, id: $0.id, titleHTML: $0.titleHTML, number: $0.number) }
        page.rendered.summary = result.summary
        page.rendered.wordCount = result.wordCount
        page.rendered.hasMath = result.html.containsBytes("class=\"math")
        page.rendered.hasSidenotes = result.html.containsBytes("class=\"sidenote\"")
        // Images of a Quarto project are looked up among its resources and frozen figures; elsewhere the link rules check them.
        page.rendered.diagnostics = result.diagnostics + imageDiagnostics(page) + (citing?.diagnostics ?? [])
        return page
    }

    /// Missing images, checked on every build (the files may come and go without the post changing).
    func imageDiagnostics(_ page: SitePage) -> [Diagnostic] {
        links == nil || page.file?.quarto?.inProject == true ? images.diagnostics(for: page) : []
    }

    /// The answer a cross-post reference to `label` in `name` depends on, as one string ("-" when unknown).
    func crossPostAnswer(_ name: String, _ label: String) -> String {
        guard let target = labels[name], let entry = target.index[label] else { return "-" }
        let number = target.numbering.displayedNumber(of: entry).map { "+" + $0 } ?? "-"
        return [target.path, target.title, entry.kind, entry.anchor, entry.title, number].joined(separator: "\u{1}")
    }

    /// The URL a link or image destination written in `source` is rewritten to (nil when links are not rewritten).
    func rewrittenURL(_ destination: String, from source: String) -> String? {
        links.map { $0.resolver.resolve(destination, from: source).href }
    }

    /// The size of an image a page names, read from its page bundle or resource folder.
    static func imageSize(_ source: String, file: ContentFile?) -> ImageSize? {
        guard let file, !source.contains("://"), !source.hasPrefix("/"), !source.contains(".."),
              let url = file.resource(source) else { return nil }
        return ImageSize.read(contentsOf: url)
    }

    static func describe(_ size: ImageSize?) -> String { size.map { "\($0.width)x\($0.height)" } ?? "-" }

    /// True when every dependency recorded for `page` still gives the recorded answer.
    func stillHolds(_ dependencies: [ContentCache.Dependency], for page: SitePage) -> Bool {
        for d in dependencies {
            let now: String?
            switch d.kind {
            case "x":
                let parts = d.question.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { return false }
                now = crossPostAnswer(String(parts[0]), String(parts[1]))
            case "l": now = rewrittenURL(d.question, from: page.sourcePath)
            case "i": now = Self.describe(Self.imageSize(d.question, file: page.file))
            default: return false
            }
            guard now == d.answer else { return false }
        }
        return true
    }

    /// The body with absolute URLs, for feed readers that show it out of the site's context.
    func feedHTML(_ page: SitePage) -> String {
        URLAbsolutizer(pageURL: urls.absolute(page.path), urls: urls).absolutize(page.rendered.html)
    }

    /// sitegen.yml keys that are also front matter render options.
    static let renderKeys: Set<String> = ["crossref", "math-macros", "highlight", "code-line-numbers"]

    private func renderer(for page: SitePage, citations: (any CitationProcessing)?, recorder: DependencyRecorder?) -> HTMLRenderer {
        let engine = config.extra["math"]?.stringValue.flatMap(RenderOptions.MathEngine.init(rawValue:)) ?? .mathml
        // Site-wide settings (`crossref:` prefixes, `math-macros`, `highlight`, `code-line-numbers`) first, then the
        // post's own front matter, through the same reader.
        let site = Metadata(extra: config.extra.filter { Self.renderKeys.contains($0.key) })
        let options = RenderOptions(mathEngine: engine, allowRawHTML: true).adjusted(for: site).adjusted(for: page.document.metadata)
        let labels = self.labels
        let urls = self.urls
        let stage = self
        let words = options
        let file = page.file
        let links = self.links
        let source = page.sourcePath
        var rewrite: (@Sendable (String) -> String)?
        if let resolver = links?.resolver {
            rewrite = { @Sendable destination in
                let href = resolver.resolve(destination, from: source).href
                recorder?.note("l", destination, href)
                return href
            }
        }
        let hooks = RenderHooks(
            citations: citations,
            resolveCrossReference: { reference in
                if let name = reference.document {
                    recorder?.note("x", name + "\u{1}" + reference.label, stage.crossPostAnswer(name, reference.label))
                }
                guard let name = reference.document, let target = labels[name], let entry = target.index[reference.label] else { return nil }
                let url = urls.relative(target.path) + "#" + entry.anchor
                guard let number = target.numbering.displayedNumber(of: entry), !number.isEmpty else {
                    // Unnumbered sections are referred to by their title.
                    return ResolvedCrossReference(text: "“\(entry.title)” in “\(target.title)”", url: url)
                }
                let prefix = reference.suppressPrefix ? "" : (reference.customPrefix ?? words.prefix(for: entry.kind)) + " "
                return ResolvedCrossReference(text: "\(prefix)\(number) in “\(target.title)”", url: url)
            },
            imageSize: { source in
                let size = MarkdownStage.imageSize(source, file: file)
                recorder?.note("i", source, MarkdownStage.describe(size))
                return size
            },
            rewriteImageURL: rewrite, rewriteLinkURL: rewrite)
        return HTMLRenderer(options: options, hooks: hooks)
    }
}
