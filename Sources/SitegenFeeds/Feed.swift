import Foundation
import SitegenCore

/// A parsed feed in sitegen's normalised model: channel metadata, entries, and how well-formed the input was.
///
/// JSON field names are snake_case; `sitegen ingest --inspect` prints this type (see docs/feeds.md).
public struct Feed: Hashable, Sendable, Codable {
    /// The path or URL the feed was read from.
    public var source: String
    /// The format it was written in.
    public var format: FeedFormat
    /// The feed's title as plain text.
    public var title: String
    /// The site the feed belongs to (RSS `link`, Atom `rel="alternate"`, JSON `home_page_url`).
    public var link: String?
    /// The feed's description or subtitle as plain text.
    public var description: String?
    /// The language tag, when declared.
    public var language: String?
    /// The feed-level authors (Atom entries without their own author inherit these in `Document`s).
    public var authors: [FeedAuthor]
    /// The last update of the feed as declared (`lastBuildDate`, `dc:date`, Atom `updated`), UTC.
    public var updated: Date?
    /// The feed's logo or icon URL.
    public var image: String?
    /// The entries in feed order.
    public var entries: [FeedEntry]
    /// False when the input was not well-formed and had to be recovered (feedparser's `bozo`).
    public var wellFormed: Bool
    /// What went wrong while reading, with the line in the feed where known.
    public var issues: [Diagnostic]

    /// Creates a feed.
    public init(
        source: String, format: FeedFormat, title: String = "", link: String? = nil, description: String? = nil,
        language: String? = nil, authors: [FeedAuthor] = [], updated: Date? = nil, image: String? = nil,
        entries: [FeedEntry] = [], wellFormed: Bool = true, issues: [Diagnostic] = []
    ) {
        self.source = source
        self.format = format
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.authors = authors
        self.updated = updated
        self.image = image
        self.entries = entries
        self.wellFormed = wellFormed
        self.issues = issues
    }

    /// feedparser's name for `!wellFormed`.
    public var bozo: Bool { !wellFormed }

    enum CodingKeys: String, CodingKey {
        case source, format, title, link, description, language, authors, updated, image, entries, issues
        case wellFormed = "well_formed"
    }
}
