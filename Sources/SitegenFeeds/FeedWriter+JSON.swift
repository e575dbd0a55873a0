import Foundation
import SitegenCore

extension FeedWriter {
    /// A JSON Feed 1.1 document (pretty, sorted keys).
    public static func jsonFeed(_ channel: SyndicationChannel, items: [SyndicationItem], selfURL: String) -> String {
        let document = JSONFeedDocument(
            version: "https://jsonfeed.org/version/1.1", title: channel.title, homePageURL: channel.homePageURL,
            feedURL: selfURL, description: channel.description.isEmpty ? nil : channel.description,
            language: channel.language, icon: channel.iconURL, authors: authors(channel.authors),
            items: ordered(items).map(jsonItem))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func jsonItem(_ item: SyndicationItem) -> JSONFeedDocument.Item {
        JSONFeedDocument.Item(
            id: item.id, url: item.url, title: item.title, contentHTML: item.contentHTML,
            contentText: item.contentHTML == nil ? item.summary ?? "" : nil, summary: item.summary,
            datePublished: RFCDate.rfc3339(item.published),
            dateModified: item.updated.map { RFCDate.rfc3339(max($0, item.published)) },
            authors: authors(item.authors), tags: item.tags.isEmpty ? nil : item.tags, image: item.imageURL)
    }

    private static func authors(_ list: [SiteConfig.Author]) -> [JSONFeedDocument.Author]? {
        list.isEmpty ? nil : list.map { JSONFeedDocument.Author(name: $0.name, url: $0.url) }
    }
}

/// The shape of a JSON Feed 1.1 document, for encoding.
struct JSONFeedDocument: Encodable {
    struct Author: Encodable {
        var name: String
        var url: String?
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var contentHTML: String?
        var contentText: String?
        var summary: String?
        var datePublished: String
        var dateModified: String?
        var authors: [Author]?
        var tags: [String]?
        var image: String?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, tags, image
            case contentHTML = "content_html", contentText = "content_text"
            case datePublished = "date_published", dateModified = "date_modified"
        }
    }

    var version: String
    var title: String
    var homePageURL: String
    var feedURL: String
    var description: String?
    var language: String?
    var icon: String?
    var authors: [Author]?
    var items: [Item]

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, icon, authors, items
        case homePageURL = "home_page_url", feedURL = "feed_url"
    }
}
