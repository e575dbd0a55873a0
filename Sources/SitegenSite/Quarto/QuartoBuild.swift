import Foundation
import SitegenCore
import Yams

/// Where a Quarto project joins the build: its configuration (with `sitegen.yml` beside it overriding what it
/// sets), its scan, and its frozen figures.
enum QuartoBuild {
    /// `config.extra` key set when the project has no `site-url`: no feeds, no sitemap.
    static let noFeedsKey = "_quarto_no_site_url"
    /// `config.extra` keys for the listing page the home listing stands for.
    static let listingPathKey = "_listing_path"
    static let listingTypeKey = "_listing_type"
    static let listingTitleKey = "_listing_title"
    static let listingIntroKey = "_listing_intro"
    static let listingAliasKey = "_listing_alias"
    /// `config.extra` key with the navbar links (`title`, `url`).
    static let navKey = "_nav"

    static func config(_ project: QuartoProject, root: URL, diagnostics: inout [Diagnostic]) throws -> SiteConfig {
        var config = project.config
        diagnostics += project.diagnostics
        if !project.hasSiteURL { config.extra[noFeedsKey] = .bool(true) }
        let file = ["sitegen.yml", "sitegen.yaml"].map { root.appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        guard let file else { return config }
        let loaded = try SitegenError.withContext("cannot load \(file.lastPathComponent)") { try SiteConfigLoader.load(root: root) }
        diagnostics += loaded.diagnostics
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: text) else { return config }
        let set = loaded.config
        for key in mapping.keys.compactMap(\.string) {
            switch key {
            case "title": config.title = set.title
            case "description": config.description = set.description
            case "base_url":
                config.baseURL = set.baseURL
                config.extra[noFeedsKey] = nil
            case "language": config.language = set.language
            case "authors": config.authors = set.authors
            case "theme": config.theme = set.theme
            case "feeds": config.feeds = set.feeds
            case "permalinks": config.permalinks = set.permalinks
            case "paginate": config.paginate = set.paginate
            case "feed":
                config.feedContent = set.feedContent
                config.feedLimit = set.feedLimit
            case "reading": config.readingTitle = set.readingTitle
            case "bibliography": config.bibliography = set.bibliography
            case "csl": config.csl = set.csl
            case "lint": config.lint = set.lint
            default: config.extra[key] = set.extra[key]
            }
        }
        return config
    }

    static func scan(_ project: QuartoProject, output: URL, config: inout SiteConfig, diagnostics: inout [Diagnostic]) -> ContentScanner.Inventory {
        let result = QuartoScanner(project: project).scan(outputFolder: output.standardizedFileURL)
        diagnostics += result.notes
        if let listing = result.listing {
            config.extra[listingPathKey] = .string(listing.path)
            config.extra[listingTypeKey] = .string(listing.type)
            if let title = listing.title { config.extra[listingTitleKey] = .string(title) }
            if let intro = listing.description { config.extra[listingIntroKey] = .string(intro) }
            if let alias = listing.alias { config.extra[listingAliasKey] = .string(alias) }
            if let size = listing.pageSize, config.extra["paginate"] == nil { config.paginate = size }
        }
        if !result.nav.isEmpty { config.extra[navKey] = .list(result.nav.map { .map($0) }) }
        let pages = result.inventory.files.count - result.postCount
        let listed = result.listing.map { " listed at /\($0.path) (\($0.type))" } ?? ""
        let drafts = result.draftCount > 0 ? " (\(result.draftCount) of them drafts)" : ""
        diagnostics.append(Diagnostic(
            .note, "read a Quarto project (_quarto.yml): \(result.postCount) posts\(drafts)\(listed), \(pages) other pages, \(result.inventory.statics.count) resource files",
            at: SourceLocation(file: "_quarto.yml"), rule: "quarto-project"))
        return result.inventory
    }

    /// Copies `_freeze/<path>/figure-html/…` (and any other folder of the freeze but `execute-results`) to
    /// `<stem>_files/…` beside the page, where the frozen markdown's image paths point.
    static func copyFrozenFigures(_ freeze: URL, stem: String, pagePath: String, output: OutputTree) throws {
        let folder: String
        if pagePath.hasSuffix(".html") {
            let parent = (pagePath as NSString).deletingLastPathComponent
            folder = parent.isEmpty ? "" : parent + "/"
        } else {
            folder = pagePath
        }
        for rel in FileTree.files(under: freeze) where !rel.hasPrefix("execute-results/") {
            try output.copy(freeze.appendingPathComponent(rel), to: folder + stem + "_files/" + rel)
        }
    }
}
