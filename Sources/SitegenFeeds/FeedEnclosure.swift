/// A file attached to an entry: an RSS `<enclosure>`, an Atom `rel="enclosure"` link, a `media:content`
/// or a JSON Feed attachment.
public struct FeedEnclosure: Hashable, Sendable, Codable {
    /// The absolute URL of the file.
    public var url: String
    /// The MIME type, when given.
    public var type: String?
    /// The size in bytes, when given and numeric.
    public var length: Int?

    /// Creates an enclosure.
    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
