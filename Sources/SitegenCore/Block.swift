/// One block of a section: a paragraph, list, code, figure, table, math, quote, callout, div or raw HTML.
public struct Block: Hashable, Sendable {
    /// What the block is.
    public var kind: Kind
    /// Where it starts in its source.
    public var location: SourceLocation
    /// `{#id .class key=value}` attached to the block (figure/table/equation labels live here).
    public var attributes: Attributes

    /// Creates a block.
    public init(_ kind: Kind, at location: SourceLocation, attributes: Attributes = .empty) {
        self.kind = kind
        self.location = location
        self.attributes = attributes
    }

    /// The kinds of block.
    public indirect enum Kind: Hashable, Sendable {
        /// A paragraph of inlines.
        case paragraph([Inline])
        /// A bullet or ordered list.
        case list(List)
        /// Fenced or indented code; `language` from the info string.
        case code(language: String?, text: String)
        /// A display equation; its label, if any, is `attributes.id` (`eq-x`).
        case math(tex: String)
        /// A figure of one or more images with a caption; its label is `attributes.id` (`fig-x`).
        case figure(Figure)
        /// A table; its label is `attributes.id` (`tbl-x`).
        case table(Table)
        /// A block quotation.
        case quote([Block])
        /// A Quarto callout or GitHub alert.
        case callout(Callout)
        /// A fenced div `::: {…}` that is not a callout or figure (asides, margin notes, `#refs`, …).
        case div([Block])
        /// Raw HTML.
        case html(String)
        /// `---`.
        case thematicBreak
        /// A heading that did not start a section (inside a list, quote or div).
        case heading(level: Int, content: [Inline])
        /// A pandoc definition list: terms, each with one or more definitions.
        case definitionList(DefinitionList)
    }
}

/// A bullet or ordered list.
public struct List: Hashable, Sendable {
    /// One list item: its blocks and, for task lists, whether it is checked.
    public struct Item: Hashable, Sendable {
        /// The item's content.
        public var blocks: [Block]
        /// `- [x]` is true, `- [ ]` false, nil for an ordinary item.
        public var checked: Bool?

        /// Creates an item.
        public init(blocks: [Block], checked: Bool? = nil) {
            self.blocks = blocks
            self.checked = checked
        }
    }

    /// True for `1.` lists.
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// Tight lists render items without `<p>`.
    public var tight: Bool
    /// The items.
    public var items: [Item]

    /// Creates a list.
    public init(ordered: Bool, start: Int = 1, tight: Bool, items: [Item]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// A pandoc definition list (`Term` then `:   Definition`).
public struct DefinitionList: Hashable, Sendable {
    /// One term and its definitions.
    public struct Item: Hashable, Sendable {
        /// The term's inlines.
        public var term: [Inline]
        /// The definitions, each a list of blocks.
        public var definitions: [Definition]

        /// Creates an item.
        public init(term: [Inline], definitions: [Definition]) {
            self.term = term
            self.definitions = definitions
        }
    }

    /// One definition of a term.
    public struct Definition: Hashable, Sendable {
        /// The definition's content.
        public var blocks: [Block]
        /// A compact definition (no blank line before it, no indented continuation) renders without `<p>`.
        public var tight: Bool

        /// Creates a definition.
        public init(blocks: [Block], tight: Bool) {
            self.blocks = blocks
            self.tight = tight
        }
    }

    /// The terms in order.
    public var items: [Item]

    /// Creates a definition list.
    public init(items: [Item]) {
        self.items = items
    }
}

/// A figure: one image, or several sub-figures, with a caption.
public struct Figure: Hashable, Sendable {
    /// The images; more than one makes sub-figures (a), (b), …
    public var images: [Image]
    /// Sub-figure captions, parallel to `images` (empty when there are none).
    public var subcaptions: [[Inline]]
    /// The caption.
    public var caption: [Inline]

    /// Creates a figure.
    public init(images: [Image], subcaptions: [[Inline]] = [], caption: [Inline]) {
        self.images = images
        self.subcaptions = subcaptions
        self.caption = caption
    }
}

/// A GFM pipe table with an optional caption.
public struct Table: Hashable, Sendable {
    /// Column alignment.
    public enum Alignment: String, Hashable, Sendable, Codable {
        case none, left, center, right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row's cells.
    public var header: [[Inline]]
    /// The body rows.
    public var rows: [[[Inline]]]
    /// `: Caption {#tbl-x}` or `Table: Caption`.
    public var caption: [Inline]

    /// Creates a table.
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], caption: [Inline] = []) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
    }
}

/// A Quarto callout (`::: {.callout-note}`) or GitHub alert (`> [!NOTE]`).
public struct Callout: Hashable, Sendable {
    /// note, tip, warning, important or caution.
    public var kind: String
    /// The title, if given (`title="…"` or a leading heading).
    public var title: [Inline]
    /// `collapse="true"`/`"false"` makes it collapsible (closed/open); nil: not collapsible.
    public var collapsed: Bool?
    /// The content.
    public var blocks: [Block]

    /// Creates a callout.
    public init(kind: String, title: [Inline] = [], collapsed: Bool? = nil, blocks: [Block]) {
        self.kind = kind
        self.title = title
        self.collapsed = collapsed
        self.blocks = blocks
    }
}
