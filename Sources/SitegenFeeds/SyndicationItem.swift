import Foundation
import SitegenCore

/// One post in a feed sitegen writes; every URL is absolute.
public struct SyndicationItem: Hashable, Sendable {
    /// A permanent id: the post's URL or a `tag:` URI.
    public var id: String
    /// The absolute URL of the post.
    public var url: String
    /// The title as plain text.
    public var title: String
    /// The full post as HTML, or nil for summary-only feeds.
    public var contentHTML: String?
    /// A short plain-text summary.
    public var summary: String?
    /// The publication date.
    public var published: Date
    /// The last update, when later than publication.
    public var updated: Date?
    /// The post's authors (the channel's when empty).
    public var authors: [SiteConfig.Author]
    /// Tags.
    public var tags: [String]
    /// The absolute URL of the post's main image.
    public var imageURL: String?

    /// Creates an item.
    public init(
        id: String, url: String, title: String, contentHTML: String? = nil, summary: String? = nil,
        published: Date, updated: Date? = nil, authors: [SiteConfig.Author] = [], tags: [String] = [],
        imageURL: String? = nil
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.contentHTML = contentHTML
        self.summary = summary
        self.published = published
        self.updated = updated
        self.authors = authors
        self.tags = tags
        self.imageURL = imageURL
    }

    /// The later of publication and update.
    public var lastModified: Date { max(published, updated ?? published) }
}
