import SitegenCore

/// The site-level description of a feed sitegen writes (RSS 2.0, Atom 1.0 or JSON Feed 1.1).
public struct SyndicationChannel: Hashable, Sendable {
    /// The site or section title.
    public var title: String
    /// One sentence about the site.
    public var description: String
    /// The absolute URL of the site's home page.
    public var homePageURL: String
    /// The Atom feed id (a `tag:` URI or a URL); the home page URL when nil.
    public var id: String?
    /// The BCP 47 language tag.
    public var language: String?
    /// The site's authors.
    public var authors: [SiteConfig.Author]
    /// The absolute URL of an icon or logo.
    public var iconURL: String?

    /// Creates a channel.
    public init(
        title: String, description: String = "", homePageURL: String, id: String? = nil, language: String? = nil,
        authors: [SiteConfig.Author] = [], iconURL: String? = nil
    ) {
        self.title = title
        self.description = description
        self.homePageURL = homePageURL
        self.id = id
        self.language = language
        self.authors = authors
        self.iconURL = iconURL
    }
}
