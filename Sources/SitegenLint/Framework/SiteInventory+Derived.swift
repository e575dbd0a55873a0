import Foundation
import SitegenCore

extension SiteInventory {
    /// An inventory worked out from the documents and the config's permalinks, for when the site loader gives none.
    ///
    /// Posts under `Content/posts/` use `permalinks["posts"]`, everything else under `Content/` uses
    /// `permalinks["pages"]`; `files` are the other output files' URL paths (static files, page bundle assets).
    public static func derived(from documents: [Document], config: SiteConfig, files: Set<String>? = nil) -> SiteInventory {
        var inventory = SiteInventory(pages: [:], files: files, baseURL: config.baseURL)
        let base = inventory.basePath
        for document in documents {
            guard case .file(let path) = document.origin else { continue }
            let url = base + String(permalink(for: document, path: path, config: config).drop { $0 == "/" })
            inventory.pages[pageKey(url)] = LabelIndex.anchors(in: document)
            inventory.urlBySourcePath[path] = pageKey(url)
        }
        inventory.pages[pageKey(base)] = inventory.pages[pageKey(base)] ?? []
        return inventory
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
            .replacingOccurrences(of: ":year", with: String(format: "%04d", components.year ?? 0))
            .replacingOccurrences(of: ":month", with: String(format: "%02d", components.month ?? 0))
            .replacingOccurrences(of: ":day", with: String(format: "%02d", components.day ?? 0))
    }

    /// `metadata.slug`, else the file name without extension, else the bundle folder's name for `index.md`.
    static func slug(for document: Document, path: String) -> String {
        if let slug = document.metadata.slug, !slug.isEmpty { return slug }
        var parts = path.split(separator: "/").map(String.init)
        guard var name = parts.popLast() else { return document.id }
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if (name == "index" || name == "_index"), let folder = parts.last { return folder }
        return name
    }
}
