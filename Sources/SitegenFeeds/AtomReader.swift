import Foundation
import SitegenXML

/// Reads Atom 1.0 (RFC 4287) and Atom 0.3, with text constructs, `xml:base`, and dc:/media:/itunes: extensions.
struct AtomReader {
    let root: XMLElement
    let source: String
    let documentBase: FeedBase

    var format: FeedFormat {
        if root.namespace == FeedNamespace.atom10 { return .atom10 }
        if root.namespace == FeedNamespace.atom03 || root.plainAttribute("version") == "0.3" { return .atom03 }
        return .atom
    }

    private var isAtom03: Bool { format == .atom03 }

    func read() -> Feed {
        let base = documentBase.entering(root)
        var feed = Feed(source: source, format: format, language: root.xmlLang)
        for element in root.elements where element.lowerName != "entry" {
            readFeedElement(element, base: base.entering(element), into: &feed)
        }
        // As for entries, feedparser takes a web URL id as the feed's link when there is no link.
        if feed.link == nil, let id = root.child("id", in: .atom)?.trimmedText,
            let scheme = URLPolicy.scheme(of: id.lowercased()), scheme == "http" || scheme == "https"
        {
            feed.link = base.link(id)
        }
        feed.entries = root.children("entry", in: .atom).map { readEntry($0, base: base.entering($0)) }
        return feed
    }

    private func readFeedElement(_ element: XMLElement, base: FeedBase, into feed: inout Feed) {
        let reader = ContentReader(base: base, guessesHTML: false)
        let kind = ContentReader.atomKind(of: element, atom03: isAtom03)
        switch (element.feedNamespace, element.lowerName) {
        case (.atom, "title"): feed.title = feed.title.isEmpty ? reader.plain(element, kind: kind) ?? "" : feed.title
        case (.atom, "subtitle"), (.atom, "tagline"): feed.description = feed.description ?? reader.plain(element, kind: kind)
        case (.atom, "link"):
            if let href = Self.alternateHTMLLink(element) { feed.link = base.link(href) ?? feed.link }
        case (.atom, "author"): if let author = readPerson(element, base: base) { feed.authors.append(author) }
        case (.atom, "updated"), (.atom, "modified"):
            feed.updated = feed.updated ?? element.trimmedText.flatMap(FeedDateParser.parse)
        case (.atom, "logo"), (.atom, "icon"): feed.image = feed.image ?? base.link(element.text)
        case (.dc, "language"): feed.language = feed.language ?? element.trimmedText
        default: break
        }
    }

    private func readEntry(_ entry: XMLElement, base: FeedBase) -> FeedEntry {
        var draft = EntryDraft(line: entry.line)
        for element in entry.elements {
            readEntryElement(element, base: base.entering(element), into: &draft)
        }
        // feedparser takes an Atom id as the link when there is no link; only a web URL is a usable link.
        if draft.link == nil, let id = draft.id, let scheme = URLPolicy.scheme(of: id.lowercased()),
            scheme == "http" || scheme == "https"
        {
            draft.permalinkGUID = id
        }
        return draft.build()
    }

    private func readEntryElement(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        let reader = ContentReader(base: base, guessesHTML: false)
        let kind = ContentReader.atomKind(of: element, atom03: isAtom03)
        switch (element.feedNamespace, element.lowerName) {
        case (.atom, "id"): draft.id = draft.id ?? element.trimmedText
        case (.atom, "title"): draft.title = draft.title ?? reader.plain(element, kind: kind)
        case (.atom, "link"): readLink(element, base: base, into: &draft)
        case (.atom, "author"): if let author = readPerson(element, base: base) { draft.authors.append(author) }
        case (.atom, "published"), (.atom, "issued"), (.dcterms, "issued"):
            draft.published = draft.published ?? element.trimmedText.flatMap(FeedDateParser.parse)
        case (.atom, "updated"), (.atom, "modified"), (.dc, "date"), (.dcterms, "modified"):
            draft.updated = draft.updated ?? element.trimmedText.flatMap(FeedDateParser.parse)
        case (.atom, "summary"): draft.summary = draft.summary ?? reader.html(element, kind: kind)
        case (.atom, "content"):
            guard element.plainAttribute("src") == nil else { return }
            draft.content = draft.content ?? reader.html(element, kind: kind)
        case (.atom, "category"):
            draft.addCategory(element.plainAttribute("term") ?? element.plainAttribute("label") ?? element.text)
        case (.dc, "subject"): draft.addCategory(element.text)
        case (.dc, "creator"), (.dc, "author"), (.itunes, "author"):
            if let author = FeedAuthor.parse(rss: element.text) { draft.authors.append(author) }
        case (.dc, "title"): draft.fallbackTitle = draft.fallbackTitle ?? reader.plain(element)
        case (.dc, "description"), (.itunes, "summary"):
            draft.fallbackSummary = draft.fallbackSummary ?? reader.html(element)
        case (.itunes, "image"): draft.image = draft.image ?? base.link(element.plainAttribute("href"))
        case (.media, _): MediaReader.read(element, base: base, into: &draft)
        default: break
        }
    }

    private func readLink(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft) {
        let rel = element.plainAttribute("rel")?.lowercased() ?? "alternate"
        guard let href = base.link(element.plainAttribute("href")) else { return }
        if rel == "enclosure" {
            let length = element.plainAttribute("length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            draft.enclosures.append(FeedEnclosure(url: href, type: element.plainAttribute("type"), length: length))
        } else if Self.alternateHTMLLink(element) != nil {
            // feedparser keeps the last alternate HTML link.
            draft.link = href
        }
    }

    /// The href of a `rel="alternate"` link to an HTML page (rel and type default to those).
    static func alternateHTMLLink(_ element: XMLElement) -> String? {
        let rel = element.plainAttribute("rel")?.lowercased() ?? "alternate"
        let type = element.plainAttribute("type")?.lowercased() ?? "text/html"
        guard rel == "alternate", type == "text/html" || type == "application/xhtml+xml" || type == "html" else {
            return nil
        }
        return element.plainAttribute("href")
    }

    private func readPerson(_ element: XMLElement, base: FeedBase) -> FeedAuthor? {
        let name = element.child("name", in: .atom)?.text ?? ""
        let email = element.child("email", in: .atom)?.trimmedText
        let uri = (element.child("uri", in: .atom) ?? element.child("url", in: .atom)).flatMap { base.link($0.text) }
        let collapsed = HTMLText.collapse(name)
        guard !collapsed.isEmpty || email != nil || uri != nil else { return nil }
        return FeedAuthor(name: collapsed, email: email, url: uri)
    }
}
