import Foundation
import SitegenCore

/// Builds the dictionaries Mustache templates see. Keys are documented in docs/themes.md.
struct TemplateContext: @unchecked Sendable {  // immutable after init; `site` holds only value types
    let config: SiteConfig
    let urls: URLBuilder
    /// Navigation links: the site's pages and its listing pages.
    let nav: [[String: String]]
    /// The `site` object every template sees, built once.
    let site: [String: Any]

    init(config: SiteConfig, urls: URLBuilder, pages: [SitePage], hasReading: Bool, hasRepetition: Bool = false) {
        self.config = config
        self.urls = urls
        var nav: [[String: String]] = [["title": "Archive", "url": urls.relative("archive/")], ["title": "Tags", "url": urls.relative("tags/")]]
        if hasReading { nav.append(["title": config.readingTitle, "url": urls.relative("reading/")]) }
        if case .list(let links)? = config.extra[QuartoBuild.navKey] {
            // A Quarto navbar replaces the list of pages; its links come first.
            let quartoNav: [[String: String]] = links.compactMap { link in
                guard let title = QuartoYAML.lookup(link, "title")?.stringValue, let url = QuartoYAML.lookup(link, "url")?.stringValue else { return nil }
                return ["title": title, "url": url.hasPrefix("/") ? urls.relative(String(url.dropFirst())) : url]
            }
            nav = quartoNav + nav
        } else {
            for page in pages.filter({ $0.kind == .page }).sorted(by: Self.navOrder) {
                nav.append(["title": page.title, "url": urls.relative(page.path)])
            }
        }
        self.nav = nav
        var site: [String: Any] = [
            "title": config.title, "description": config.description, "language": config.language,
            "baseURL": urls.base, "root": urls.root, "nav": nav,
            "authors": Self.marked(config.authors.map { ["name": $0.name] as [String: Any] }),
            "hasAuthors": !config.authors.isEmpty, "params": Self.plain(config.extra["params"] ?? .null),
            "hasRepetition": hasRepetition,
            // Without a base URL no feeds are written, so no page links to them.
            "hasFeeds": config.extra[QuartoBuild.noFeedsKey] == nil,
        ]
        if config.extra["search"] != .bool(false) { site["search"] = urls.relative("search/") }
        self.site = site
    }

    /// True unless `sitegen.yml` says `search: false`.
    var hasSearch: Bool { site["search"] != nil }

    /// The canonical URL of a page, or "" (left out of the context) when the site has no base URL: no made-up
    /// host is ever written.
    private func canonical(_ path: String) -> String {
        urls.isAbsolute ? urls.absolute(path) : ""
    }

    private static func navOrder(_ a: SitePage, _ b: SitePage) -> Bool {
        let wa = a.document.metadata.extra["weight"].flatMap(\.stringValue).flatMap(Int.init) ?? 0
        let wb = b.document.metadata.extra["weight"].flatMap(\.stringValue).flatMap(Int.init) ?? 0
        return (wa, a.title, a.path) < (wb, b.title, b.path)
    }

    /// The context of a page whose content is not a document (listings, tags, 404).
    func simple(kind: String, title: String, path: String, description: String = "", extra: [String: Any] = [:]) -> [String: Any] {
        var page: [String: Any] = [
            "kind": kind, "title": title, "heading": title, "canonical": canonical(path), "ogType": "website",
            "description": description.isEmpty ? config.description : description,
        ]
        page.merge(extra) { $1 }
        return ["site": site, "page": Self.pruned(page)]
    }

    /// The context of a post, page or ingested entry.
    func page(_ p: SitePage, newer: SitePage?, older: SitePage?, extra: [String: Any] = [:]) -> [String: Any] {
        let meta = p.document.metadata
        var page: [String: Any] = [
            "kind": p.kind.rawValue, "title": meta.title, "titleHTML": HTML.escape(meta.title),
            "description": meta.description ?? p.rendered.summary, "canonical": canonical(p.path),
            "ogType": p.kind == .page ? "website" : "article", "content": p.rendered.html,
            "math": p.rendered.hasMath, "mathjax": p.rendered.hasMath && p.rendered.mathEngine == "mathjax",
            "katex": p.rendered.hasMath && p.rendered.mathEngine == "katex", "sidenotes": p.rendered.hasSidenotes,
            "params": Self.plain(meta.extra), "authors": Self.marked(Self.authorDetails(meta)),
            "hasAuthors": !meta.authors.isEmpty, "tags": Self.marked(tags(meta.tags)), "hasTags": !meta.tags.isEmpty,
            "toc": p.rendered.toc.map { entry -> [String: Any] in
                var item: [String: Any] = ["level": entry.level, "id": entry.id, "titleHTML": entry.titleHTML]
                if let number = entry.number, !number.isEmpty { item["number"] = number }
                return item
            },
            "hasTOC": p.rendered.toc.count >= 3 && meta.extra["toc"] != .bool(false),
        ]
        if let date = meta.date {
            page["date"] = DateText.long(date)
            page["dateISO"] = DateText.iso(date)
        }
        if let updated = meta.updated {
            page["updated"] = DateText.long(updated)
            page["updatedISO"] = DateText.iso(updated)
        }
        if p.rendered.wordCount > 0 { page["readingTime"] = max(1, Int((Double(p.rendered.wordCount) / 230).rounded())) }
        if let image = meta.extra["image"]?.stringValue { page["image"] = urls.absolutize(image) }
        if let subtitle = meta.extra["subtitle"]?.stringValue { page["subtitle"] = subtitle }
        if let alt = meta.extra["image-alt"]?.stringValue { page["imageAlt"] = alt }
        if p.kind == .entry {
            // Tag pages list the site's own posts; an entry's categories are shown without links.
            page["tags"] = Self.marked(meta.tags.map { ["name": $0] as [String: Any] })
            page["sourceName"] = meta.extra["source_name"]?.stringValue ?? ""
            page["sourceURL"] = urls.relative("reading/\(meta.extra["source_slug"]?.stringValue ?? "")/")
            page["link"] = meta.link ?? ""
            page["ogType"] = "article"
        }
        if let scores = p.rendered.scores { page["scores"] = scores }
        if meta.draft { page["draft"] = true }
        if let newer { page["newer"] = ["title": newer.title, "url": urls.relative(newer.path)] }
        if let older { page["older"] = ["title": older.title, "url": urls.relative(older.path)] }
        page.merge(extra) { $1 }
        return ["site": site, "page": Self.pruned(page)]
    }

    /// A post as an item of a listing page.
    func listItem(_ p: SitePage) -> [String: Any] {
        let url = p.kind == .entry && p.path.isEmpty ? (p.document.metadata.link ?? "") : urls.relative(p.path)
        var item: [String: Any] = [
            "title": p.title, "titleHTML": HTML.escape(p.title), "url": url,
            "summary": p.document.metadata.description ?? p.rendered.summary,
            "hasTags": !p.document.metadata.tags.isEmpty,
        ]
        // A listing shows a few tags per entry: every tag page lists the post, so showing all of them would make
        // the output grow with the square of a post's tag count.
        let allTags = p.document.metadata.tags
        item["tags"] = Self.marked(tags(Array(allTags.prefix(SiteLimits.tagsPerListingEntry))))
        if allTags.count > SiteLimits.tagsPerListingEntry { item["moreTags"] = allTags.count - SiteLimits.tagsPerListingEntry }
        if let date = p.date {
            item["date"] = DateText.long(date)
            item["dateISO"] = DateText.iso(date)
            item["shortDate"] = DateText.short(date)
        }
        if p.kind == .entry, let source = p.document.metadata.extra["source_name"]?.stringValue { item["source"] = source }
        let extra = p.document.metadata.extra
        if let subtitle = extra["subtitle"]?.stringValue { item["subtitle"] = subtitle }
        if let image = extra["image"]?.stringValue, !image.isEmpty {
            item["image"] = image.hasPrefix("/") && !image.hasPrefix("//") ? urls.relative(String(image.dropFirst())) : image
            item["imageAlt"] = extra["image-alt"]?.stringValue ?? ""
        }
        if p.document.metadata.draft { item["draft"] = true }
        if !p.document.metadata.authors.isEmpty { item["authorNames"] = p.document.metadata.authors.joined(separator: ", ") }
        return Self.pruned(item)
    }

    /// Authors with what Quarto's structured `author:` gives: `url`, `affiliation` (name or text) and `orcid`.
    static func authorDetails(_ meta: Metadata) -> [[String: Any]] {
        var details: [String: [String: Any]] = [:]
        let written: [MetaValue]
        switch meta.extra["author"] ?? meta.extra["authors"] {
        case .list(let items)?: written = items
        case let item?: written = [item]
        case nil: written = []
        }
        for item in written {
            guard case .map(let map) = item else { continue }
            let name = map["name"].flatMap { QuartoYAML.lookup($0, "literal")?.stringValue ?? $0.stringValue
                ?? [QuartoYAML.lookup($0, "given")?.stringValue, QuartoYAML.lookup($0, "family")?.stringValue].compactMap { $0 }.joined(separator: " ") }
            guard let name, !name.isEmpty else { continue }
            var entry: [String: Any] = [:]
            if let url = map["url"]?.stringValue { entry["url"] = url }
            if let orcid = map["orcid"]?.stringValue { entry["orcid"] = orcid.hasPrefix("http") ? orcid : "https://orcid.org/" + orcid }
            var affiliations: [MetaValue] = []
            for key in ["affiliation", "affiliations"] {
                if case .list(let list)? = map[key] { affiliations += list } else if let one = map[key] { affiliations.append(one) }
            }
            let names = affiliations.compactMap { $0.stringValue ?? QuartoYAML.lookup($0, "name")?.stringValue }
            if !names.isEmpty { entry["affiliation"] = names.joined(separator: "; ") }
            details[name] = entry
        }
        return meta.authors.map { name in
            var entry: [String: Any] = ["name": name]
            entry.merge(details[name] ?? [:]) { $1 }
            return entry
        }
    }

    func tags(_ names: [String]) -> [[String: Any]] {
        names.map { name in
            guard let slug = Self.tagSlug(name) else { return ["name": name] }
            return ["name": name, "url": urls.relative("tags/\(slug)/")]
        }
    }

    /// The URL segment of a tag's page; nil for a tag that gets none (no letters or digits, or too long).
    static func tagSlug(_ name: String) -> String? {
        let slug = Slugger.tagSlug(name)
        return slug.isEmpty || slug.utf8.count > SiteLimits.slugBytes ? nil : slug
    }

    /// Front matter or `params:` values as plain Mustache values (strings, numbers, booleans, lists, maps).
    static func plain(_ value: MetaValue) -> Any {
        switch value {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? Int(n) as Any : n as Any
        case .bool(let b): return b
        case .list(let items): return items.map(plain)
        case .map(let map): return map.mapValues(plain)
        case .null: return false
        }
    }

    static func plain(_ map: [String: MetaValue]) -> [String: Any] { map.mapValues(plain) }

    /// Drops empty strings, because Mustache treats "" as true in `{{#key}}` sections.
    static func pruned(_ dictionary: [String: Any]) -> [String: Any] {
        dictionary.filter { !(($0.value as? String)?.isEmpty ?? false) }
    }

    /// Adds `last: true` to the final element so templates can place separators.
    static func marked(_ items: [[String: Any]]) -> [[String: Any]] {
        var items = items
        if !items.isEmpty { items[items.count - 1]["last"] = true }
        return items
    }
}
