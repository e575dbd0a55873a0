import SitegenCore

/// A feed read for this run: whether it parsed as well-formed XML/JSON, and what was wrong.
public struct FeedStatus: Sendable, Hashable {
    /// The feed's path or URL.
    public var source: String
    /// False when the feed was not well formed (feedparser's `bozo`).
    public var wellFormed: Bool
    /// The problems found, at their line in the feed.
    public var issues: [Diagnostic]

    /// Creates a status.
    public init(source: String, wellFormed: Bool, issues: [Diagnostic] = []) {
        self.source = source
        self.wellFormed = wellFormed
        self.issues = issues
    }
}
