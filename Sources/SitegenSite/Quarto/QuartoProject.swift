import Foundation
import SitegenCore

/// A Quarto website or blog read directly from its `_quarto.yml`: the site settings sitegen takes from it,
/// the metadata every document inherits, `_variables.yml`, the navbar and the draft rules.
/// Quarto keys sitegen has no use for are ignored quietly, as Quarto ignores keys of formats it does not render.
struct QuartoProject: Sendable {
    /// A navbar link as written: a path to a source file or a URL, and its text when given.
    struct NavLink: Sendable, Hashable {
        var text: String?
        var href: String
    }

    /// What happens to `draft: true` documents (`website.draft-mode`).
    enum DraftMode: String, Sendable {
        /// Not built (Quarto's default).
        case gone
        /// Quarto renders them without linking them; sitegen leaves them out as `gone` does.
        case unlinked
        /// Built and listed like any other document.
        case visible
    }

    let root: URL
    /// The whole `_quarto.yml`.
    let raw: MetaValue
    /// The site settings taken from it.
    var config: SiteConfig
    /// Whether `website.site-url` is set (without it there are no feeds or sitemap, as in Quarto).
    let hasSiteURL: Bool
    /// Metadata every document inherits: `_quarto.yml`'s document-level keys with `format: html:` hoisted.
    let documentDefaults: MetaValue
    /// `_variables.yml`, for `{{< var >}}`.
    let variables: MetaValue
    let navbar: [NavLink]
    /// Source paths listed in `website.drafts`.
    let drafts: Set<String>
    let draftMode: DraftMode
    /// `project.output-dir` (default `_site`), never read as content.
    let outputDir: String
    /// Files `project.render` names, when it limits what is rendered; nil means every document.
    let renderList: [String]?
    let diagnostics: [Diagnostic]

    /// True when `root` holds `_quarto.yml` (or `_quarto.yaml`).
    static func isProject(_ root: URL) -> Bool {
        configFile(root) != nil
    }

    private static func configFile(_ root: URL) -> URL? {
        ["_quarto.yml", "_quarto.yaml"].map { root.appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Reads `_quarto.yml` and `_variables.yml` under `root`. A YAML error in `_quarto.yml` is fatal, as in Quarto.
    static func load(root: URL) throws -> QuartoProject {
        guard let file = configFile(root) else { throw SitegenError("no _quarto.yml in \(root.path)") }
        let (value, problems) = QuartoYAML.read(file, displayPath: file.lastPathComponent)
        if problems.contains(where: { $0.severity == .error }) {
            throw SitegenError("cannot read \(file.lastPathComponent)", diagnostics: problems)
        }
        let (variables, variableProblems) = QuartoYAML.read(root.appendingPathComponent("_variables.yml"), displayPath: "_variables.yml")
        return QuartoProject(root: root, raw: value ?? .map([:]), variables: variables ?? .map([:]),
                             diagnostics: problems + variableProblems)
    }

    init(root: URL, raw: MetaValue, variables: MetaValue = .map([:]), diagnostics: [Diagnostic] = []) {
        self.root = root
        self.raw = raw
        self.variables = variables
        var diagnostics = diagnostics
        let website = QuartoYAML.lookup(raw, "website") ?? QuartoYAML.lookup(raw, "book") ?? .map([:])
        var config = SiteConfig()
        config.contentFolder = ""
        config.title = QuartoYAML.lookup(website, "title")?.stringValue ?? QuartoYAML.lookup(raw, "title")?.stringValue ?? "Untitled"
        config.description = QuartoYAML.lookup(website, "description")?.stringValue ?? QuartoYAML.lookup(raw, "description")?.stringValue ?? ""
        if let url = QuartoYAML.lookup(website, "site-url")?.stringValue, !url.isEmpty {
            config.baseURL = url.hasSuffix("/") ? url : url + "/"
            hasSiteURL = true
        } else {
            hasSiteURL = false
            diagnostics.append(.warning(
                "_quarto.yml has no website.site-url: building without feeds or a sitemap, as Quarto does",
                at: SourceLocation(file: "_quarto.yml"), rule: "missing-base-url",
                hint: "add `site-url: https://example.org/` under `website:` (or pass --base-url)"))
        }
        if let lang = QuartoYAML.lookup(raw, "lang")?.stringValue { config.language = lang }
        config.bibliography = QuartoYAML.lookup(raw, "bibliography")?.stringList ?? []
        config.csl = QuartoYAML.lookup(raw, "csl")?.stringValue
        if let crossref = QuartoYAML.lookup(raw, "crossref") { config.extra["crossref"] = crossref }
        if case .string(let name)? = QuartoYAML.lookup(raw, "author") { config.authors = [SiteConfig.Author(name: name)] }
        if QuartoYAML.lookup(raw, "format.html.html-math-method")?.stringValue == "katex" { config.extra["math"] = .string("katex") }
        config.permalinks = ["posts": "/:slug/", "pages": "/:slug/"]
        // `website: search: false` turns Quarto's search off; sitegen's then too.
        if QuartoYAML.lookup(website, "search") == .bool(false) { config.extra["search"] = .bool(false) }
        self.config = config
        documentDefaults = Self.documentDefaults(raw)
        navbar = ["left", "right"].flatMap { side -> [NavLink] in
            guard case .list(let items)? = QuartoYAML.lookup(website, "navbar.\(side)") else { return [] }
            return items.flatMap(Self.navLinks)
        }
        drafts = Set((QuartoYAML.lookup(website, "drafts")?.stringList ?? []).map(Self.normalized))
        draftMode = QuartoYAML.lookup(website, "draft-mode")?.stringValue.flatMap(DraftMode.init(rawValue:)) ?? .gone
        outputDir = Self.normalized(QuartoYAML.lookup(raw, "project.output-dir")?.stringValue ?? "_site")
        renderList = QuartoYAML.lookup(raw, "project.render")?.stringList.map(Self.normalized)
        self.diagnostics = diagnostics
    }

    /// `_quarto.yml` keys that configure the project rather than documents.
    private static let projectKeys: Set<String> = ["project", "website", "book", "format", "bibliography", "csl", "profile"]

    private static func documentDefaults(_ raw: MetaValue) -> MetaValue {
        guard case .map(let map) = raw else { return .map([:]) }
        var defaults = map.filter { !projectKeys.contains($0.key) }
        if case .map(let html)? = QuartoYAML.lookup(raw, "format.html") {
            for (key, value) in html { defaults[key] = defaults[key].map { QuartoYAML.merge($0, value) } ?? value }
        }
        return .map(defaults)
    }

    /// A navbar item: `about.qmd`, `{href, text}`, or a `menu:` of such items.
    private static func navLinks(_ item: MetaValue) -> [NavLink] {
        switch item {
        case .string(let href): return [NavLink(text: nil, href: href)]
        case .map(let map):
            if case .list(let menu)? = map["menu"] { return menu.flatMap(navLinks) }
            guard let href = map["href"]?.stringValue ?? map["file"]?.stringValue else { return [] }
            let text = map["text"]?.stringValue ?? map["aria-label"]?.stringValue ?? map["icon"]?.stringValue.map(iconLabel)
            return [NavLink(text: text, href: href)]
        default: return []
        }
    }

    /// A readable name for an icon-only navbar link (`github` → `GitHub`).
    static func iconLabel(_ icon: String) -> String {
        let known = ["github": "GitHub", "rss": "RSS", "twitter": "Twitter", "twitter-x": "X", "mastodon": "Mastodon",
                     "linkedin": "LinkedIn", "envelope": "E-mail", "youtube": "YouTube", "gitlab": "GitLab", "orcid": "ORCID"]
        return known[icon.lowercased()] ?? icon.prefix(1).uppercased() + icon.dropFirst()
    }

    /// `./posts/x.qmd` and `/posts/x.qmd` → `posts/x.qmd`.
    static func normalized(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("/") { path.removeFirst() }
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
