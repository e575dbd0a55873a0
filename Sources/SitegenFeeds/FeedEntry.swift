import Foundation

/// One item of a feed in sitegen's normalised model, whatever the format it was read from.
///
/// `summary` and `content` are sanitised HTML with absolute URLs (see `HTMLSanitizer`); every other string is
/// plain text. JSON field names are snake_case (see docs/feeds.md).
public struct FeedEntry: Hashable, Sendable, Codable {
    /// The entry's id: the guid/id as written, else the link, else a stable content hash (`hash:` + 16 hex digits).
    public var id: String
    /// The permalink (absolute when the feed gave a base).
    public var link: String?
    /// The title as plain text (markup removed, whitespace collapsed).
    public var title: String
    /// The authors in document order.
    public var authors: [FeedAuthor]
    /// First publication (RSS `pubDate`, Atom `published`/`issued`, JSON `date_published`), UTC.
    public var published: Date?
    /// Last update (Atom `updated`/`modified`, `dc:date`, JSON `date_modified`), UTC.
    public var updated: Date?
    /// A short form of the entry, as sanitised HTML.
    public var summary: String?
    /// The full content, as sanitised HTML.
    public var content: String?
    /// Categories, tags and keywords, de-duplicated in document order.
    public var categories: [String]
    /// Attached files.
    public var enclosures: [FeedEnclosure]
    /// A thumbnail or cover image URL (`media:thumbnail`, `itunes:image`, JSON `image`).
    public var image: String?
    /// The 1-based line of the entry's element in the feed; 0 when unknown (JSON Feed).
    public var line: Int
    /// The 1-based line where the HTML of `content` (or `summary` when there is no content) starts in the feed;
    /// 0 when unknown. Line n of that HTML is line `contentLine + n - 1` of the feed.
    public var contentLine: Int

    /// Creates an entry.
    public init(
        id: String, link: String? = nil, title: String = "", authors: [FeedAuthor] = [], published: Date? = nil,
        updated: Date? = nil, summary: String? = nil, content: String? = nil, categories: [String] = [],
        enclosures: [FeedEnclosure] = [], image: String? = nil, line: Int = 0, contentLine: Int = 0
    ) {
        self.id = id
        self.link = link
        self.title = title
        self.authors = authors
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.categories = categories
        self.enclosures = enclosures
        self.image = image
        self.line = line
        self.contentLine = contentLine
    }

    /// The date to sort and display by: publication, else last update.
    public var date: Date? { published ?? updated }

    enum CodingKeys: String, CodingKey {
        case id, link, title, authors, published, updated, summary, content, categories, enclosures, image, line
        case contentLine = "content_line"
    }
}
