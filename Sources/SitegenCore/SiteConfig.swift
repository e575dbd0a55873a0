/// The site configuration from `sitegen.yml`. Loading and validation live in SitegenSite; every stage reads this.
public struct SiteConfig: Hashable, Sendable {
    /// An author of the site or of a post.
    public struct Author: Hashable, Sendable {
        /// Display name.
        public var name: String
        /// Home page.
        public var url: String?
        /// E-mail address.
        public var email: String?

        /// Creates an author.
        public init(name: String, url: String? = nil, email: String? = nil) {
            self.name = name
            self.url = url
            self.email = email
        }
    }

    /// An external feed to ingest.
    public struct FeedSource: Hashable, Sendable {
        /// A URL (`http(s)://`) or a path relative to the site root.
        public var location: String
        /// Display name; defaults to the feed's own title.
        public var name: String?
        /// Keep at most this many entries (newest first).
        public var limit: Int?
        /// Tags added to every entry.
        public var tags: [String]

        /// Creates a source.
        public init(location: String, name: String? = nil, limit: Int? = nil, tags: [String] = []) {
            self.location = location
            self.name = name
            self.limit = limit
            self.tags = tags
        }

        /// True for `http://` and `https://` sources.
        public var isRemote: Bool {
            location.hasPrefix("http://") || location.hasPrefix("https://")
        }
    }

    /// Whether generated feeds carry whole posts or summaries.
    public enum FeedContent: String, Hashable, Sendable, CaseIterable {
        case full, summary
    }

    /// Site title.
    public var title: String
    /// Site description (home page meta, feeds).
    public var description: String
    /// Absolute base URL with a trailing slash, e.g. `https://example.org/blog/`; empty when the site sets none
    /// (then it is built without feeds, sitemap or canonical links).
    public var baseURL: String

    /// True when `baseURL` is an absolute URL, so feeds, the sitemap and canonical links can be written.
    public var hasBaseURL: Bool { baseURL.contains("://") }
    /// BCP 47 language tag.
    public var language: String
    /// Site authors.
    public var authors: [Author]
    /// Theme folder name under `Themes/`.
    public var theme: String
    /// Feeds to ingest.
    public var feeds: [FeedSource]
    /// URL patterns per kind (`posts`, `pages`), with `:slug`, `:year`, `:month`, `:day`.
    public var permalinks: [String: String]
    /// Posts per home page.
    public var paginate: Int
    /// Full content or summaries in generated feeds.
    public var feedContent: FeedContent
    /// Entries per generated feed (0 = all).
    public var feedLimit: Int
    /// Title of the section listing ingested entries.
    public var readingTitle: String
    /// Site-wide bibliography files, relative to `Content/`.
    public var bibliography: [String]
    /// CSL style file, relative to the site root; nil for the built-in style.
    public var csl: String?
    /// The `lint:` block as written; SitegenLint interprets it.
    public var lint: MetaValue
    /// The folder site-wide bibliography paths are relative to: `Content` for a sitegen site, "" (the root) for a
    /// Quarto project.
    public var contentFolder: String = "Content"
    /// Every other top-level key, for templates (`params`) and extensions.
    public var extra: [String: MetaValue]

    /// Creates a configuration with defaults for everything but the title and base URL.
    public init(
        title: String = "Untitled", description: String = "", baseURL: String = "",
        language: String = "en", authors: [Author] = [], theme: String = "default", feeds: [FeedSource] = [],
        permalinks: [String: String] = ["posts": "/posts/:slug/", "pages": "/:slug/"], paginate: Int = 10,
        feedContent: FeedContent = .full, feedLimit: Int = 20, readingTitle: String = "Reading",
        bibliography: [String] = [], csl: String? = nil, lint: MetaValue = .null, extra: [String: MetaValue] = [:]
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.authors = authors
        self.theme = theme
        self.feeds = feeds
        self.permalinks = permalinks
        self.paginate = paginate
        self.feedContent = feedContent
        self.feedLimit = feedLimit
        self.readingTitle = readingTitle
        self.bibliography = bibliography
        self.csl = csl
        self.lint = lint
        self.extra = extra
    }

    /// The keys `sitegen.yml` understands at the top level; anything else is warned about with the nearest of these.
    public static let knownKeys: [String] = [
        "title", "description", "base_url", "language", "authors", "theme", "feeds", "permalinks", "paginate",
        "feed", "reading", "bibliography", "csl", "lint", "params", "crossref", "math", "analysis",
        "math-macros", "highlight", "code-line-numbers",
        "search", "home",
    ]
}
