/// The bounds sitegen keeps on a site's own content so that no post can make a build's output or time blow up.
/// docs/limits.md lists every limit, these and the feed reader's.
public enum SiteLimits {
    /// Tags a post may have before the build warns (Hugo and Zola sites rarely pass 20).
    public static let tagsPerPostWarning = 100
    /// Tags a listing entry (home, tag pages, archive) shows; the post's own page shows all of them.
    public static let tagsPerListingEntry = 10
    /// Tags a feed item carries as categories.
    public static let tagsPerFeedItem = 20
    /// Longest `slug:` or tag name, in UTF-8 bytes: a URL segment becomes a folder name, and file systems stop at 255.
    public static let slugBytes = 200
    /// Unresolved cross-references reported one by one per post; the rest are counted in one diagnostic.
    public static let reportedProblemsPerPost = 50
}
