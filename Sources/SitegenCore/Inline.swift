/// Inline content of paragraphs, headings, captions and table cells.
public indirect enum Inline: Hashable, Sendable {
    /// Plain text (already unescaped).
    case text(String)
    /// A code span.
    case code(String)
    /// `*emphasis*`.
    case emphasis([Inline])
    /// `**strong**`.
    case strong([Inline])
    /// `~~strikethrough~~`.
    case strikethrough([Inline])
    /// A hyperlink.
    case link(destination: String, title: String, children: [Inline])
    /// An inline image (an image alone in a paragraph becomes a `Block.Kind.figure` instead).
    case image(Image)
    /// TeX math, `$…$` (display false) or `$$…$$` inside a paragraph (display true).
    case math(tex: String, display: Bool)
    /// Raw inline HTML.
    case html(String)
    /// A soft line break (rendered as a newline or space).
    case softBreak
    /// A hard line break.
    case lineBreak
    /// `[^label]`: the footnote's label.
    case footnoteReference(String)
    /// A pandoc citation `[@key]`, `@key`, `[-@key]` …
    case citation(Citation)
    /// A Quarto cross-reference `@fig-x`, `@tbl-x`, `@eq-x`, `@sec-x`, or across posts `@posts/slug#fig-x`.
    case crossReference(CrossReference)
    /// `[text]{#id .class key=value}`.
    case span(Attributes, [Inline])
}

/// An image, inline or in a figure.
public struct Image: Hashable, Sendable {
    /// The image URL as written.
    public var source: String
    /// The title attribute.
    public var title: String
    /// The alt text (Markdown brackets content), which doubles as caption in a figure.
    public var alt: [Inline]
    /// `{#fig-x width=70% .class}` after the image.
    public var attributes: Attributes
    /// Where the image starts.
    public var location: SourceLocation

    /// Creates an image.
    public init(source: String, title: String = "", alt: [Inline], attributes: Attributes = .empty, location: SourceLocation) {
        self.source = source
        self.title = title
        self.alt = alt
        self.attributes = attributes
        self.location = location
    }
}

/// A pandoc citation: one or more cited keys in brackets, or one narrative citation.
public struct Citation: Hashable, Sendable {
    /// How the citation appears in the text.
    public enum Mode: String, Hashable, Sendable, Codable {
        /// `[@key]`: parenthetical.
        case normal
        /// `@key` or `@key [p. 4]`: the author in the running text.
        case narrative
        /// `[-@key]`: the author left out.
        case suppressAuthor
    }

    /// One cited work with its prefix and locator/suffix.
    public struct Item: Hashable, Sendable {
        /// The citation key without `@`.
        public var key: String
        /// Text before the key, e.g. "see".
        public var prefix: String
        /// Text after the key, e.g. ", pp. 33-35" (locator and suffix as written).
        public var suffix: String
        /// How this item appears.
        public var mode: Mode
        /// Where the `@` is.
        public var location: SourceLocation

        /// Creates an item.
        public init(key: String, prefix: String = "", suffix: String = "", mode: Mode = .normal, location: SourceLocation) {
            self.key = key
            self.prefix = prefix
            self.suffix = suffix
            self.mode = mode
            self.location = location
        }
    }

    /// The cited items in order.
    public var items: [Item]
    /// Where the citation starts.
    public var location: SourceLocation

    /// Creates a citation.
    public init(items: [Item], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// A reference to a labelled figure, table, equation or section.
public struct CrossReference: Hashable, Sendable {
    /// The label, e.g. `fig-x`.
    public var label: String
    /// The post the label lives in (`posts/other-post`), nil for the current document.
    public var document: String?
    /// `[-@fig-x]`: the number without the prefix.
    public var suppressPrefix: Bool
    /// `[Figure @fig-x]`-style explicit prefix written by the author, if any.
    public var customPrefix: String?
    /// Where the `@` is.
    public var location: SourceLocation

    /// Creates a cross-reference.
    public init(label: String, document: String? = nil, suppressPrefix: Bool = false, customPrefix: String? = nil, location: SourceLocation) {
        self.label = label
        self.document = document
        self.suppressPrefix = suppressPrefix
        self.customPrefix = customPrefix
        self.location = location
    }

    /// The kind named by the label's prefix: `fig`, `tbl`, `eq`, `sec`, or nil.
    public var kind: String? {
        guard let dash = label.firstIndex(of: "-") else { return nil }
        let prefix = String(label[..<dash])
        return ["fig", "tbl", "eq", "sec", "lst", "thm", "lem"].contains(prefix) ? prefix : nil
    }
}
