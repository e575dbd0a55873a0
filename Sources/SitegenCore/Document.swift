/// The one model every stage shares: a Markdown post or an ingested feed entry, as a tree of sections
/// holding blocks, each with its source location.
public struct Document: Hashable, Sendable {
    /// Where a document came from.
    public enum Origin: Hashable, Sendable {
        /// A Markdown file; the path is relative to the site root (e.g. `Content/posts/x.md`).
        case file(path: String)
        /// An entry of a feed: the feed's path or URL and the entry's id.
        case feed(source: String, entryID: String)
    }

    /// A stable identifier: the content-relative path without extension for posts (`posts/x`),
    /// `source#entry` for feed entries.
    public var id: String
    /// Where it came from.
    public var origin: Origin
    /// Title, dates, authors, tags and the rest of the front matter.
    public var metadata: Metadata
    /// The root section (level 0): blocks before the first heading, then the sections.
    public var root: Section
    /// Footnote definitions, in order of first reference.
    public var footnotes: [Footnote]

    /// Creates a document.
    public init(id: String, origin: Origin, metadata: Metadata, root: Section, footnotes: [Footnote] = []) {
        self.id = id
        self.origin = origin
        self.metadata = metadata
        self.root = root
        self.footnotes = footnotes
    }

    /// Every section with a heading, in document order.
    public var sections: [Section] {
        root.flattened.filter { $0.level > 0 }
    }

    /// The source file or feed this document was read from.
    public var sourcePath: String {
        switch origin {
        case .file(let path): return path
        case .feed(let source, _): return source
        }
    }
}

/// A footnote definition `[^label]: …`.
public struct Footnote: Hashable, Sendable {
    /// The label as written.
    public var label: String
    /// Its content.
    public var blocks: [Block]
    /// Where the definition starts.
    public var location: SourceLocation

    /// Creates a footnote.
    public init(label: String, blocks: [Block], location: SourceLocation) {
        self.label = label
        self.blocks = blocks
        self.location = location
    }
}
