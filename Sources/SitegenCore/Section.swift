/// A section of a document: a heading, the blocks up to the next heading of the same or a higher level,
/// and its subsections. A document's root section has level 0 and no heading.
public struct Section: Hashable, Sendable {
    /// 0 for the root, 1–6 for `#`…`######` (or `<h1>`…`<h6>` in feed content).
    public var level: Int
    /// The heading's inline content; empty for the root.
    public var heading: [Inline]
    /// The unique id (slug of the heading, or `{#sec-x}`).
    public var id: String
    /// `{#id .class key=value}` on the heading.
    public var attributes: Attributes
    /// Where the heading is (for the root, the first line of the body).
    public var location: SourceLocation
    /// The blocks before the first subsection.
    public var blocks: [Block]
    /// The subsections in order.
    public var subsections: [Section]

    /// Creates a section.
    public init(
        level: Int, heading: [Inline] = [], id: String = "", attributes: Attributes = .empty,
        location: SourceLocation, blocks: [Block] = [], subsections: [Section] = []
    ) {
        self.level = level
        self.heading = heading
        self.id = id
        self.attributes = attributes
        self.location = location
        self.blocks = blocks
        self.subsections = subsections
    }

    /// This section and all its descendants in document order (pre-order).
    public var flattened: [Section] {
        var result: [Section] = [self]
        for child in subsections { result += child.flattened }
        return result
    }
}
