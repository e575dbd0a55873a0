import Foundation
import SitegenCore
import SitegenXML

/// Turns feed entries into the `Document`s the analysis engine and the site consume.
public enum FeedDocumentConverter {
    /// The document for one entry of `feed`.
    ///
    /// The id is `source#entry-id`; the origin is `.feed(source:entryID:)`. Metadata comes from the entry
    /// (authors fall back to the feed's, tags are the entry's categories followed by `extraTags`). The body is
    /// the entry's content (else its summary) parsed as HTML: `h1`–`h6` start sections; block locations are
    /// lines in the feed file (exact for escaped and CDATA HTML, the entry's line otherwise).
    public static func document(for entry: FeedEntry, in feed: Feed, extraTags: [String] = []) -> Document {
        let html = entry.content ?? entry.summary ?? ""
        var converter = HTMLBlockConverter(source: feed.source, contentLine: entry.contentLine, fallbackLine: entry.line)
        let body = XMLTreeParser.parseHTML(html)
        let root = converter.root(body)
        return Document(
            id: feed.source + "#" + entry.id, origin: .feed(source: feed.source, entryID: entry.id),
            metadata: metadata(for: entry, in: feed, extraTags: extraTags), root: root)
    }

    /// The documents of every entry, in feed order.
    public static func documents(for feed: Feed, extraTags: [String] = []) -> [Document] {
        feed.entries.map { document(for: $0, in: feed, extraTags: extraTags) }
    }

    static func metadata(for entry: FeedEntry, in feed: Feed, extraTags: [String]) -> Metadata {
        let authors = (entry.authors.isEmpty ? feed.authors : entry.authors).map(\.displayName).filter { !$0.isEmpty }
        var tags: [String] = []
        for tag in entry.categories + extraTags where !tags.contains(tag) { tags.append(tag) }
        var extra: [String: MetaValue] = [
            "feed_title": .string(feed.title), "entry_id": .string(entry.id), "feed_source": .string(feed.source),
            "feed_format": .string(feed.format.rawValue),
        ]
        if let link = feed.link { extra["feed_link"] = .string(link) }
        if let image = entry.image { extra["image"] = .string(image) }
        if !entry.enclosures.isEmpty {
            extra["enclosures"] = .list(entry.enclosures.map { enclosure in
                var map: [String: MetaValue] = ["url": .string(enclosure.url)]
                if let type = enclosure.type { map["type"] = .string(type) }
                if let length = enclosure.length { map["length"] = .number(Double(length)) }
                return .map(map)
            })
        }
        let description = entry.content == nil ? nil : entry.summary.map(HTMLText.plain)
        return Metadata(
            title: entry.title, date: entry.date, updated: entry.updated, authors: authors, tags: tags,
            description: description?.isEmpty == false ? description : nil, link: entry.link, extra: extra)
    }
}
