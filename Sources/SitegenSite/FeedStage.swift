import Foundation
import SitegenCore
import SitegenFeeds

/// Writes the site's RSS 2.0, Atom 1.0 and JSON Feed 1.1 files, site-wide and per tag.
struct FeedStage {
    let config: SiteConfig
    let urls: URLBuilder
    let output: OutputTree
    let markdown: MarkdownStage

    /// Writes the feeds; returns how many files it wrote.
    func write(_ posts: [SitePage]) throws -> Int {
        let limit = config.feedLimit > 0 ? config.feedLimit : Int.max
        var groups: [(path: String, title: String, posts: [SitePage])] = [("", config.title, Array(posts.prefix(limit)))]
        var byTag: [String: (String, [SitePage])] = [:]
        for post in posts {
            for tag in post.document.metadata.tags {
                guard let slug = TemplateContext.tagSlug(tag) else { continue }
                byTag[slug, default: (tag, [])].1.append(post)
            }
        }
        for (slug, (name, tagged)) in byTag.sorted(by: { $0.key < $1.key }) {
            groups.append(("tags/\(slug)/", "\(config.title): \(name)", Array(tagged.prefix(limit))))
        }
        var needed: [String: SitePage] = [:]
        for group in groups { for post in group.posts { needed[post.path] = post } }
        let items = Dictionary(uniqueKeysWithValues: Array(needed.values).parallelMap { ($0.path, item(for: $0)) })
        let cache = FeedWriter.ItemCache()
        let written = try groups.map { (path: $0.path, title: $0.title, posts: $0.posts) }.parallelMap { group -> Int in
            let channel = SyndicationChannel(
                title: group.title, description: config.description, homePageURL: urls.absolute(group.path),
                language: config.language, authors: config.authors)
            let groupItems = group.posts.compactMap { items[$0.path] }
            try output.write(group.path + "index.xml", text: FeedWriter.rss(channel, items: groupItems, selfURL: urls.absolute(group.path + "index.xml"), cache: cache))
            try output.write(group.path + "atom.xml", text: FeedWriter.atom(channel, items: groupItems, selfURL: urls.absolute(group.path + "atom.xml"), cache: cache))
            try output.write(group.path + "feed.json", text: FeedWriter.jsonFeed(channel, items: groupItems, selfURL: urls.absolute(group.path + "feed.json")))
            return 3
        }
        return written.reduce(0, +)
    }

    private func item(for post: SitePage) -> SyndicationItem {
        let meta = post.document.metadata
        let url = urls.absolute(post.path)
        return SyndicationItem(
            id: url, url: url, title: meta.title,
            contentHTML: config.feedContent == .full ? markdown.feedHTML(post) : nil,
            summary: meta.description ?? (post.rendered.summary.isEmpty ? nil : post.rendered.summary),
            published: post.date ?? Date(timeIntervalSince1970: 0),
            updated: meta.updated, authors: meta.authors.map { SiteConfig.Author(name: $0) }, tags: Array(meta.tags.prefix(SiteLimits.tagsPerFeedItem)),
            imageURL: meta.extra["image"]?.stringValue.map(urls.absolutize))
    }
}
