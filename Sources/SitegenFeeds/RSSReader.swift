import Foundation
import SitegenXML

/// Reads RSS 0.90–0.94, 1.0 (RDF) and 2.0, with content:, dc:, dcterms:, media:, itunes: and atom: extensions.
struct RSSReader {
    let root: XMLElement
    let source: String
    let documentBase: FeedBase

    /// The format named by the root element and its namespaces.
    var format: FeedFormat {
        if root.lowerName == "rdf" {
            let channelNamespace = root.elements.first { $0.lowerName == "channel" }?.namespace
            return channelNamespace == FeedNamespace.rss090 ? .rss090 : .rss10
        }
        switch root.plainAttribute("version")?.trimmingCharacters(in: .whitespaces) {
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        case let version? where version.hasPrefix("2."): return .rss20
        default: return .rss
        }
    }

    func read() -> Feed {
        let rootBase = documentBase.entering(root)
        let channel = root.child("channel", in: .rss)
        let channelBase = channel.map { rootBase.entering($0) } ?? rootBase
        var feed = Feed(source: source, format: format)
        if let channel { readChannel(channel, base: channelBase, into: &feed) }
        feed.language = feed.language ?? root.xmlLang
        var items = channel?.children("item", in: .rss) ?? []
        items += root.children("item", in: .rss)
        feed.entries = items.map { readItem($0, base: channelBase.entering($0)) }
        return feed
    }

    private func readChannel(_ channel: XMLElement, base: FeedBase, into feed: inout Feed) {
        var published: Date?
        var fallbackDescription: String?
        for element in channel.elements {
            let reader = ContentReader(base: base.entering(element))
            switch (element.feedNamespace, element.lowerName) {
            case (.rss, "title"), (.dc, "title"): if feed.title.isEmpty { feed.title = reader.plain(element) ?? "" }
            case (.rss, "link"): feed.link = feed.link ?? reader.base.link(element.text)
            case (.atom, "link"):
                if (element.plainAttribute("rel") ?? "alternate") == "alternate" {
                    feed.link = feed.link ?? reader.base.link(element.plainAttribute("href"))
                }
            case (.rss, "description"), (.dc, "description"):
                feed.description = feed.description ?? reader.plain(element, kind: .html)
            case (.itunes, "summary"), (.itunes, "subtitle"):
                fallbackDescription = fallbackDescription ?? reader.plain(element)
            case (.rss, "language"), (.dc, "language"): feed.language = feed.language ?? element.trimmedText
            case (.rss, "managingeditor"), (.dc, "creator"), (.dc, "author"), (.itunes, "author"):
                if let author = FeedAuthor.parse(rss: element.text) { feed.authors.append(author) }
            case (.rss, "lastbuilddate"), (.dc, "date"), (.dcterms, "modified"), (.atom, "updated"):
                feed.updated = feed.updated ?? element.trimmedText.flatMap(FeedDateParser.parse)
            case (.rss, "pubdate"), (.dcterms, "issued"):
                published = published ?? element.trimmedText.flatMap(FeedDateParser.parse)
            case (.rss, "image"):
                feed.image = feed.image ?? reader.base.link(element.child("url", in: .rss)?.text)
            case (.itunes, "image"):
                feed.image = feed.image ?? reader.base.link(element.plainAttribute("href") ?? element.plainAttribute("url"))
            case (.itunes, "link") where element.plainAttribute("rel") == "image":
                feed.image = feed.image ?? reader.base.link(element.plainAttribute("href"))
            default: break
            }
        }
        feed.description = feed.description ?? fallbackDescription
        feed.updated = feed.updated ?? published
    }

    private func readItem(_ item: XMLElement, base: FeedBase) -> FeedEntry {
        var draft = EntryDraft(line: item.line)
        for element in item.elements {
            readItemElement(element, base: base.entering(element), into: &draft)
        }
        if draft.id == nil, let about = item.attribute("about", namespace: FeedNamespace.rdfURI), !about.isEmpty {
            draft.id = about
        }
        return draft.build()
    }

    private func readItemElement(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        let reader = ContentReader(base: base)
        switch (element.feedNamespace, element.lowerName) {
        case (.rss, "title"): draft.title = draft.title ?? reader.plain(element)
        case (.dc, "title"): draft.fallbackTitle = draft.fallbackTitle ?? reader.plain(element)
        case (.rss, "link"): draft.link = draft.link ?? base.link(element.text)
        case (.rss, "guid"): readGUID(element, base: base, into: &draft)
        case (.rss, "description"): draft.summary = draft.summary ?? reader.html(element)
        case (.dc, "description"), (.itunes, "summary"):
            draft.fallbackSummary = draft.fallbackSummary ?? reader.html(element)
        case (.content, "encoded"), (.rss, "fullitem"): draft.content = draft.content ?? reader.html(element)
        // XHTML `<body>`, in its namespace or (as feedparser reads it) in none.
        case (.xhtml, "body"), (.rss, "body"): draft.content = draft.content ?? reader.html(element, kind: .xhtml)
        case (.rss, "author"), (.dc, "creator"), (.dc, "author"), (.itunes, "author"):
            if let author = FeedAuthor.parse(rss: element.text) { draft.authors.append(author) }
        case (.rss, "pubdate"), (.dcterms, "issued"), (.atom, "published"):
            draft.published = draft.published ?? element.trimmedText.flatMap(FeedDateParser.parse)
        case (.dc, "date"), (.dcterms, "modified"), (.atom, "updated"):
            draft.updated = draft.updated ?? element.trimmedText.flatMap(FeedDateParser.parse)
        case (.rss, "category"), (.dc, "subject"): draft.addCategory(element.text)
        case (.itunes, "category"): draft.addCategory(element.plainAttribute("text"))
        case (.itunes, "keywords"): draft.addKeywords(element.text)
        case (.rss, "enclosure"): addEnclosure(element, base: base, into: &draft)
        case (.atom, "link"): readAtomLink(element, base: base, into: &draft)
        case (.itunes, "image"): draft.image = draft.image ?? base.link(element.plainAttribute("href"))
        case (.media, _): MediaReader.read(element, base: base, into: &draft)
        default: break
        }
    }

    private func readGUID(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        guard draft.id == nil, let guid = element.trimmedText else { return }
        let isPermalink = (element.plainAttribute("ispermalink") ?? "true").lowercased() == "true"
        if isPermalink, let link = base.link(guid) {
            draft.id = link
            draft.permalinkGUID = link
        } else {
            draft.id = guid
        }
    }

    private func addEnclosure(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        guard let url = base.link(element.plainAttribute("url") ?? element.plainAttribute("href")) else { return }
        let length = element.plainAttribute("length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        draft.enclosures.append(FeedEnclosure(url: url, type: element.plainAttribute("type"), length: length))
    }

    private func readAtomLink(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        let rel = element.plainAttribute("rel")?.lowercased() ?? "alternate"
        if rel == "enclosure" {
            addEnclosure(element, base: base, into: &draft)
        } else if rel == "alternate" {
            draft.alternateLink = draft.alternateLink ?? base.link(element.plainAttribute("href"))
        }
    }
}
