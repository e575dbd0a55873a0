/// A person credited by a feed or entry.
public struct FeedAuthor: Hashable, Sendable, Codable {
    /// Display name; may be empty when only an e-mail address was given.
    public var name: String
    /// E-mail address.
    public var email: String?
    /// Home page.
    public var url: String?

    /// Creates an author.
    public init(name: String, email: String? = nil, url: String? = nil) {
        self.name = name
        self.email = email
        self.url = url
    }

    /// The name, or the e-mail address when there is no name.
    public var displayName: String { name.isEmpty ? (email ?? "") : name }
}
