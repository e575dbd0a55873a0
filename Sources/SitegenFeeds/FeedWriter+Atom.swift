import Foundation
import SitegenCore

extension FeedWriter {
    /// An Atom 1.0 document with `rel="self"` and `rel="alternate"` links, `updated` from the newest item,
    /// and content as `type="html"`.
    public static func atom(_ channel: SyndicationChannel, items: [SyndicationItem], selfURL: String) -> String {
        atom(channel, items: items, selfURL: selfURL, cache: nil)
    }

    /// The same document; each item's XML is taken from `cache` (or made once and put there), so feeds that list
    /// the same items share the work.
    public static func atom(_ channel: SyndicationChannel, items: [SyndicationItem], selfURL: String, cache: ItemCache?) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
        if let language = channel.language { out += " xml:lang=\"\(xml(language))\"" }
        out += ">\n"
        out += "  <title type=\"text\">\(xml(channel.title))</title>\n"
        if !channel.description.isEmpty { out += "  <subtitle type=\"text\">\(xml(channel.description))</subtitle>\n" }
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(selfURL))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(channel.homePageURL))\"/>\n"
        out += element("id", channel.id ?? channel.homePageURL, indent: 1)
        out += element("updated", RFCDate.rfc3339(newest(items)), indent: 1)
        // Atom requires an author on the feed unless every entry has one.
        var feedAuthors = channel.authors
        if feedAuthors.isEmpty, items.contains(where: { $0.authors.isEmpty }) {
            feedAuthors = [SiteConfig.Author(name: channel.title)]
        }
        for author in feedAuthors { out += person(author, indent: 1) }
        out += element("generator", generator, indent: 1)
        if let icon = channel.iconURL { out += element("icon", icon, indent: 1) }
        for item in ordered(items) { out += cache?.fragment(item, format: .atom, atomEntry) ?? atomEntry(item) }
        return out + "</feed>\n"
    }

    static func atomEntry(_ item: SyndicationItem) -> String {
        var out = "  <entry>\n"
        out += "    <title type=\"text\">\(xml(item.title))</title>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(item.url))\"/>\n"
        out += element("id", item.id, indent: 2)
        out += element("published", RFCDate.rfc3339(item.published), indent: 2)
        out += element("updated", RFCDate.rfc3339(item.lastModified), indent: 2)
        for author in item.authors { out += person(author, indent: 2) }
        for tag in item.tags { out += "    <category term=\"\(xml(tag))\"/>\n" }
        if let summary = item.summary { out += "    <summary type=\"text\">\(xml(summary))</summary>\n" }
        if let content = item.contentHTML { out += "    <content type=\"html\">\(xml(content))</content>\n" }
        return out + "  </entry>\n"
    }

    private static func person(_ author: SiteConfig.Author, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = pad + "<author>\n" + element("name", author.name, indent: indent + 1)
        if let url = author.url { out += element("uri", url, indent: indent + 1) }
        if let email = author.email { out += element("email", email, indent: indent + 1) }
        return out + pad + "</author>\n"
    }
}
