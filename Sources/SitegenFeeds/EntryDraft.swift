import Foundation

/// HTML read from a feed element, with the feed line its first line is on.
struct HTMLField: Hashable, Sendable {
    var html: String
    var line: Int
}

/// The fields of one entry as a reader collects them, before fallbacks are applied.
struct EntryDraft {
    var line: Int
    var id: String?
    var link: String?
    var alternateLink: String?
    var permalinkGUID: String?
    var title: String?
    var fallbackTitle: String?
    var authors: [FeedAuthor] = []
    var published: Date?
    var updated: Date?
    var summary: HTMLField?
    var fallbackSummary: HTMLField?
    var content: HTMLField?
    var categories: [String] = []
    var enclosures: [FeedEnclosure] = []
    var image: String?

    init(line: Int) {
        self.line = line
    }

    /// Adds a category unless it is empty.
    mutating func addCategory(_ raw: String?) {
        guard let term = raw.map(HTMLText.collapse), !term.isEmpty else { return }
        categories.append(term)
    }

    /// Adds comma-separated keywords.
    mutating func addKeywords(_ raw: String?) {
        for term in (raw ?? "").split(separator: ",") { addCategory(String(term)) }
    }

    /// The finished entry: link from `<link>`, then an alternate link, then a permalink guid; id from the
    /// guid/id, then the link, then a stable hash of the content.
    func build() -> FeedEntry {
        let finalLink = link ?? alternateLink ?? permalinkGUID
        let summaryField = summary ?? fallbackSummary
        let finalTitle = title ?? fallbackTitle ?? ""
        let finalID = id ?? finalLink ?? Self.hashID(
            title: finalTitle, date: published ?? updated, text: content?.html ?? summaryField?.html ?? "")
        return FeedEntry(
            id: finalID, link: finalLink, title: finalTitle, authors: unique(authors), published: published,
            updated: updated, summary: summaryField?.html, content: content?.html, categories: unique(categories),
            enclosures: uniqueEnclosures(), image: image, line: line, contentLine: (content ?? summaryField)?.line ?? 0)
    }

    /// `hash:` and 16 hex digits of the title, date and text: the same entry always gets the same id.
    static func hashID(title: String, date: Date?, text: String) -> String {
        let stamp = date.map { String(Int($0.timeIntervalSince1970)) } ?? ""
        return "hash:" + StableHash.hex(title + "\u{1F}" + stamp + "\u{1F}" + text)
    }

    private func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }

    private func uniqueEnclosures() -> [FeedEnclosure] {
        var seen: Set<String> = []
        return enclosures.filter { seen.insert($0.url).inserted }
    }
}
