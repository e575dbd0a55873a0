import Foundation

/// A front matter or feed value whose shape sitegen does not fix (kept for templates and extensions).
public indirect enum MetaValue: Hashable, Sendable, Codable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([MetaValue])
    case map([String: MetaValue])
    case null

    /// The value as a string, if it is a scalar.
    public var stringValue: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// The value as a list of strings: a list's scalars, or a single scalar.
    public var stringList: [String] {
        switch self {
        case .list(let items): return items.compactMap(\.stringValue)
        case .null: return []
        default: return stringValue.map { [$0] } ?? []
        }
    }
}

/// What a document says about itself: front matter for posts, channel and item fields for feed entries.
public struct Metadata: Hashable, Sendable {
    /// The title (required for posts).
    public var title: String
    /// Publication date.
    public var date: Date?
    /// Last update.
    public var updated: Date?
    /// Author names.
    public var authors: [String]
    /// Tags or categories.
    public var tags: [String]
    /// A one-paragraph summary.
    public var description: String?
    /// Drafts are left out of builds unless `--drafts`.
    public var draft: Bool
    /// Overrides the slug derived from the file name.
    public var slug: String?
    /// Old URLs that redirect to this page.
    public var aliases: [String]
    /// The canonical link of a feed entry (or an external URL of a post).
    public var link: String?
    /// Every front matter key as written, for templates and stages with their own keys
    /// (bibliography, csl, citation, nocite, reference-location, …).
    public var extra: [String: MetaValue]

    /// Creates metadata.
    public init(
        title: String = "", date: Date? = nil, updated: Date? = nil, authors: [String] = [], tags: [String] = [],
        description: String? = nil, draft: Bool = false, slug: String? = nil, aliases: [String] = [],
        link: String? = nil, extra: [String: MetaValue] = [:]
    ) {
        self.title = title
        self.date = date
        self.updated = updated
        self.authors = authors
        self.tags = tags
        self.description = description
        self.draft = draft
        self.slug = slug
        self.aliases = aliases
        self.link = link
        self.extra = extra
    }
}
