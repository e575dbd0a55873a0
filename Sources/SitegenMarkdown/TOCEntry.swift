/// One entry of a table of contents.
public struct TOCEntry: Hashable, Sendable {
    /// The heading level (1–6).
    public var level: Int
    /// The heading's id.
    public var id: String
    /// The heading's content as HTML (links removed, so it can sit inside the TOC's own link).
    public var titleHTML: String
    /// The section number (`2.1`), nil for unnumbered sections.
    public var number: String?

    /// Creates an entry.
    public init(level: Int, id: String, titleHTML: String, number: String?) {
        self.level = level
        self.id = id
        self.titleHTML = titleHTML
        self.number = number
    }
}
