/// A cross-reference into another post, resolved by the site: the words to show and where they link.
public struct ResolvedCrossReference: Hashable, Sendable {
    /// Link text, e.g. "Figure 2 in “Other post”".
    public var text: String
    /// The URL, e.g. `/posts/other-post/#fig-x`.
    public var url: String

    /// Creates a resolved reference.
    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
