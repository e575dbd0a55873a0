import Foundation
import SitegenCore

extension FeedWriter {
    /// An RSS 2.0 document with `atom:link rel="self"`, `content:encoded` for full content and
    /// `guid isPermaLink` telling whether the id is the URL.
    public static func rss(_ channel: SyndicationChannel, items: [SyndicationItem], selfURL: String) -> String {
        rss(channel, items: items, selfURL: selfURL, cache: nil)
    }

    /// The same document; each item's XML is taken from `cache` (or made once and put there), so feeds that list
    /// the same items share the work.
    public static func rss(_ channel: SyndicationChannel, items: [SyndicationItem], selfURL: String, cache: ItemCache?) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
        out += " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        out += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
        out += element("title", channel.title, indent: 1)
        out += element("link", channel.homePageURL, indent: 1)
        out += element("description", channel.description.isEmpty ? channel.title : channel.description, indent: 1)
        if let language = channel.language { out += element("language", language, indent: 1) }
        out += element("generator", generator, indent: 1)
        if !items.isEmpty { out += element("lastBuildDate", RFCDate.rfc822(newest(items)), indent: 1) }
        out += "  <atom:link href=\"\(xml(selfURL))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        if let icon = channel.iconURL {
            out += "  <image>\n" + element("url", icon, indent: 2) + element("title", channel.title, indent: 2)
            out += element("link", channel.homePageURL, indent: 2) + "  </image>\n"
        }
        for item in ordered(items) { out += cache?.fragment(item, format: .rss, rssItem) ?? rssItem(item) }
        return out + "</channel>\n</rss>\n"
    }

    static func rssItem(_ item: SyndicationItem) -> String {
        var out = "  <item>\n"
        out += element("title", item.title, indent: 2)
        out += element("link", item.url, indent: 2)
        out += "    <guid isPermaLink=\"\(item.id == item.url)\">\(xml(item.id))</guid>\n"
        out += element("pubDate", RFCDate.rfc822(item.published), indent: 2)
        for author in item.authors { out += element("dc:creator", author.name, indent: 2) }
        for tag in item.tags { out += element("category", tag, indent: 2) }
        if let summary = item.summary ?? item.contentHTML { out += element("description", summary, indent: 2) }
        if let content = item.contentHTML { out += element("content:encoded", content, indent: 2) }
        return out + "  </item>\n"
    }

    /// `<name>escaped text</name>` on its own line.
    static func element(_ name: String, _ text: String, indent: Int) -> String {
        String(repeating: "  ", count: indent) + "<\(name)>\(xml(text))</\(name)>\n"
    }
}
