import SitegenCore

/// The `analysis:` setting of `sitegen.yml`: `true`/`false`, or `{enabled: …, show_on_own_posts: …}`.
///
/// The analysis runs by default when the site follows feeds, and its public results (scores on pages, the
/// repetition report) cover the followed sources only: the author's own posts are judged by `sitegen lint`,
/// and shown on pages only with `show_on_own_posts: true`.
struct AnalysisSettings: Sendable, Equatable {
    /// Whether the build runs the analysis.
    var enabled: Bool
    /// Whether the author's own posts carry scores and notes and are listed in the repetition report.
    var showOnOwnPosts: Bool

    init(config: SiteConfig) {
        let followsFeeds = !config.feeds.isEmpty
        switch config.extra["analysis"] {
        case .bool(let on)?:
            enabled = on
            showOnOwnPosts = false
        case .map(let map)?:
            showOnOwnPosts = map["show_on_own_posts"] == .bool(true)
            if case .bool(let on)? = map["enabled"] {
                enabled = on
            } else {
                enabled = followsFeeds || showOnOwnPosts
            }
        default:
            enabled = followsFeeds
            showOnOwnPosts = false
        }
    }

    /// Whether a page's analysis results are published.
    func publishes(_ page: SitePage) -> Bool {
        page.kind == .entry || showOnOwnPosts
    }
}
