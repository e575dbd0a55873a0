import Foundation
import SitegenCore
import SitegenLint

/// What the built site will contain, for the one `LinkResolver`: every page with its anchors, the pages the build
/// leaves out (drafts, scheduled posts), and the other files it writes. The build rewrites links through it and
/// reports broken ones with the same rules, ids and locations as `sitegen lint`.
struct LinkStage: Sendable {
    let inventory: SiteInventory
    let resolver: LinkResolver

    /// The link rules the build runs; `sitegen lint` runs the same ones.
    static let rules: [any LintRule.Type] = [BrokenInternalLinkRule.self, BrokenAnchorRule.self, MissingImageRule.self, UnpublishedLinkRule.self]

    /// Files every build writes besides pages.
    static let generatedFiles = ["index.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html"]

    init(config: SiteConfig, urls: URLBuilder, pages: [SitePage], unpublished: [(SitePage, String)],
         statics: [(URL, String)], themeAssets: [String], isQuarto: Bool) {
        var inventory = SiteInventory(pages: [:], files: nil, baseURL: config.baseURL)
        inventory.sourceRoot = isQuarto ? "" : "Content"
        for page in pages {
            let url = urls.relative(page.path)
            inventory.pages[SiteInventory.pageKey(url)] = SiteInventory.anchors(of: page.document)
            inventory.urlBySourcePath[page.sourcePath] = url
        }
        for (page, reason) in unpublished where inventory.urlBySourcePath[page.sourcePath] == nil {
            let url = urls.relative(page.path)
            inventory.urlBySourcePath[page.sourcePath] = url
            if inventory.pages[SiteInventory.pageKey(url)] == nil { inventory.unpublished[SiteInventory.pageKey(url)] = reason }
        }
        let tags = Set(pages.flatMap { $0.document.metadata.tags.map(Slugger.tagSlug) })
        for path in ["", "archive/", "tags/", "reading/"] + tags.sorted().map({ "tags/\($0)/" }) {
            inventory.pages[SiteInventory.pageKey(urls.relative(path)), default: []].formUnion([])
        }
        inventory.generatedPrefixes = [urls.relative("reading/"), urls.relative("page/"), urls.relative("repetition/")]
        // A Quarto project's resources and frozen figures are checked by `ImageCheck`; elsewhere every output file is known.
        if !isQuarto {
            var files = Set(statics.map { urls.relative($0.1) })
            files.formUnion(themeAssets.map { urls.relative($0) })
            // Without a base URL there are no feeds, sitemap or robots.txt to link to.
            let generated = config.extra[QuartoBuild.noFeedsKey] == nil ? Self.generatedFiles : ["404.html"]
            files.formUnion(generated.map { urls.relative($0) })
            for page in pages {
                if page.kind == .post { files.formUnion(["cite.bib", "cite.json"].map { urls.relative(page.citeFolder + page.citeFilePrefix + $0) }) }
                guard let bundle = page.file?.bundle else { continue }
                let index = page.file?.url.lastPathComponent ?? "index.md"
                for rel in ContentScanner.files(under: bundle) where rel != index { files.insert(urls.relative(page.path + rel)) }
            }
            inventory.files = files
        }
        self.inventory = inventory
        resolver = LinkResolver(site: inventory)
    }

    /// The URL to write for a link or image source written in `page`.
    func href(_ destination: String, in page: SitePage) -> String {
        resolver.resolve(destination, from: page.sourcePath).href
    }

    /// Broken links, anchors and images and links to unpublished pages, as `sitegen lint` reports them.
    ///
    /// Every finding belongs to one document, so the documents are checked in chunks on all cores and each rule's
    /// findings joined in document order: the same diagnostics, in the same order, as one pass over the site.
    func diagnostics(_ pages: [SitePage]) -> [Diagnostic] {
        let documents = pages.filter { $0.kind != .entry }
        // A few chunks per core: each builds its own resolver and suggestion index over the whole site.
        let chunk = max(64, (documents.count + 1) / (ProcessInfo.processInfo.activeProcessorCount * 2) + 1)
        let starts = Array(stride(from: 0, to: documents.count, by: chunk))
        let inventory = self.inventory
        let found = starts.parallelMap { start -> [[Diagnostic]] in
            let part = documents[start..<min(start + chunk, documents.count)]
            var sources: [String: String] = [:]
            for page in part { sources[page.sourcePath] = page.sourceText }
            let context = LintContext(documents: part.map(\.document), sources: sources, site: inventory)
            return Self.rules.map { rule in rule.init(configuration: RuleConfiguration(defaultsOf: rule.description)).check(context) }
        }
        return Self.rules.indices.flatMap { r in found.flatMap { $0[r] } }
    }
}
