import Foundation
import SitegenXML

/// Reads Microsoft's Channel Definition Format as feedparser does: `<CHANNEL HREF LASTMOD>` is the feed,
/// its `<ITEM HREF LASTMOD>`s are the entries, `<TITLE>` and `<ABSTRACT>` their title and description.
/// Element and attribute names match case-insensitively.
struct CDFReader {
    let root: XMLElement
    let source: String
    let documentBase: FeedBase

    func read() -> Feed {
        let base = documentBase.entering(root)
        let reader = ContentReader(base: base)
        var feed = Feed(source: source, format: .cdf, language: root.xmlLang)
        feed.title = child("title", of: root).flatMap { reader.plain($0) } ?? ""
        feed.description = child("abstract", of: root).flatMap { reader.plain($0) }
        feed.link = base.link(root.plainAttribute("href"))
        feed.updated = root.plainAttribute("lastmod").flatMap(FeedDateParser.parse)
        feed.entries = root.elements.filter { $0.lowerName == "item" }.map { readItem($0, base: base.entering($0)) }
        return feed
    }

    private func readItem(_ item: XMLElement, base: FeedBase) -> FeedEntry {
        let reader = ContentReader(base: base)
        var draft = EntryDraft(line: item.line)
        draft.title = child("title", of: item).flatMap { reader.plain($0) }
        draft.summary = child("abstract", of: item).flatMap { reader.html($0) }
        draft.link = base.link(item.plainAttribute("href"))
        draft.updated = item.plainAttribute("lastmod").flatMap(FeedDateParser.parse)
        return draft.build()
    }

    private func child(_ name: String, of element: XMLElement) -> XMLElement? {
        element.elements.first { $0.lowerName == name }
    }
}
