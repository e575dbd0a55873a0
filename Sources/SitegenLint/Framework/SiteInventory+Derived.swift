import Foundation
import SitegenCore

extension SiteInventory {
    /// An inventory worked out from the documents and the config's permalinks, for when the site loader gives none.
    ///
    /// Posts under `Content/posts/` use `permalinks["posts"]`, everything else under `Content/` uses
    /// `permalinks["pages"]`; `files` are the other output files' URL paths (static files, page bundle assets).
    /// Drafts and posts dated after `now` are what the build leaves out: `unpublished`.
    public static func derived(from documents: [Document], config: SiteConfig, files: Set<String>? = nil, now: Date = Date()) -> SiteInventory {
        var inventory = SiteInventory(pages: [:], files: files, baseURL: config.baseURL)
        let base = inventory.basePath
        for document in documents {
            guard case .file(let path) = document.origin else { continue }
            let url = base + String(permalink(for: document, path: path, config: config).drop { $0 == "/" })
            inventory.urlBySourcePath[path] = pageKey(url)
            if let reason = unpublishedReason(document.metadata, isPost: path.hasPrefix("Content/posts/"), now: now) {
                inventory.unpublished[pageKey(url)] = reason
            } else {
                inventory.pages[pageKey(url)] = LabelIndex.anchors(in: document)
            }
        }
        // Pages the build generates besides posts and pages; everything under `reading/` exists per feed source.
        var tags: Set<String> = []
        for document in documents { tags.formUnion(document.metadata.tags.map(Slugger.tagSlug)) }
        for path in ["", "archive/", "tags/", "reading/"] + tags.sorted().map({ "tags/\($0)/" }) {
            inventory.pages[pageKey(base + path), default: []].formUnion([])
        }
        inventory.generatedPrefixes = [base + "reading/", base + "page/"]
        if inventory.files != nil {
            inventory.files?.formUnion(["index.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html"].map { base + $0 })
        }
        return inventory
    }

    /// Why the build leaves a page out (`a draft`, `scheduled for 2030-01-01`), or nil when it publishes it.
    public static func unpublishedReason(_ metadata: Metadata, isPost: Bool, now: Date) -> String? {
        if metadata.draft { return "a draft" }
        guard isPost, let date = metadata.date, date > now else { return nil }
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withFullDate])
        return "scheduled for \(day)"
    }

    /// Every fragment id the rendered page of `document` can be linked with.
    public static func anchors(of document: Document) -> Set<String> {
        LabelIndex.anchors(in: document)
    }

    /// The URL path of a document from its kind's permalink pattern.
    static func permalink(for document: Document, path: String, config: SiteConfig) -> String {
        let isPost = path.hasPrefix("Content/posts/")
        let pattern = config.permalinks[isPost ? "posts" : "pages"] ?? (isPost ? "/posts/:slug/" : "/:slug/")
        var components = DateComponents()
        if let date = document.metadata.date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            components = calendar.dateComponents([.year, .month, .day], from: date)
        }
        return pattern
            .replacingOccurrences(of: ":slug", with: slug(for: document, path: path))
            .replacingOccurrences(of: ":year", with: components.year.map { String(format: "%04d", $0) } ?? "undated")
            .replacingOccurrences(of: ":month", with: String(format: "%02d", components.month ?? 0))
            .replacingOccurrences(of: ":day", with: String(format: "%02d", components.day ?? 0))
    }

    /// The slug the build gives a page: `metadata.slug`, else its file slug.
    static func slug(for document: Document, path: String) -> String {
        if let slug = document.metadata.slug.map(Slugger.slug), !slug.isEmpty { return slug }
        return fileSlug(path)
    }

    /// The slug of a file or bundle name without a `YYYY-MM-DD-` prefix, as the build (and Jekyll, Zola) make it:
    /// `Content/posts/2024-05-01-my-post.md` and `Content/posts/2024-05-01-my-post/index.md` → `my-post`.
    public static func fileSlug(_ path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        guard var name = parts.popLast() else { return "untitled" }
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if name == "index" || name == "_index", let folder = parts.last { name = folder }
        let chars = Array(name)
        if chars.count > 11, chars[4] == "-", chars[7] == "-", chars[10] == "-",
           chars[0..<4].allSatisfy(\.isNumber), chars[5..<7].allSatisfy(\.isNumber), chars[8..<10].allSatisfy(\.isNumber) {
            name = String(chars[11...])
        }
        let slug = Slugger.slug(name)
        return slug.isEmpty ? "untitled" : slug
    }
}
