import SitegenXML

/// Media RSS (`media:`) basics: content and thumbnails, titles, descriptions, keywords and categories,
/// also inside `media:group` and `media:content`.
enum MediaReader {
    static func read(_ element: XMLElement, base: FeedBase, into draft: inout EntryDraft, depth: Int = 0) {
        guard element.feedNamespace == .media, depth < 4 else { return }
        let reader = ContentReader(base: base)
        switch element.lowerName {
        case "group", "content":
            if element.lowerName == "content", let url = base.link(element.plainAttribute("url")) {
                let size = element.plainAttribute("filesize").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                let type = element.plainAttribute("type")
                    ?? element.plainAttribute("medium").map { $0 == "image" ? "image/*" : $0 }
                draft.enclosures.append(FeedEnclosure(url: url, type: type, length: size))
            }
            for child in element.elements { read(child, base: base.entering(child), into: &draft, depth: depth + 1) }
        case "thumbnail":
            draft.image = draft.image ?? base.link(element.plainAttribute("url"))
        case "title":
            draft.fallbackTitle = draft.fallbackTitle ?? reader.plain(element)
        case "description":
            let kind: ContentReader.Kind = element.plainAttribute("type")?.lowercased() == "html" ? .html : .text
            draft.fallbackSummary = draft.fallbackSummary ?? reader.html(element, kind: kind)
        case "keywords":
            draft.addKeywords(element.text)
        case "category":
            draft.addCategory(element.text)
        default:
            break
        }
    }
}
