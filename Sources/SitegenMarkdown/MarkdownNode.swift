import SitegenCore

/// A Swift copy of one cmark node with its source span (in the prepared text): the only thing that leaves the
/// cmark converter.
struct MarkdownNode: Sendable {
    /// The node types sitegen distinguishes.
    enum Kind: Sendable, Equatable {
        case document, blockQuote, paragraph, thematicBreak, htmlBlock, footnoteDefinition
        case list(ordered: Bool, start: Int, tight: Bool)
        case item(checked: Bool?)
        case codeBlock(info: String)
        case heading(level: Int)
        case table(alignments: [Table.Alignment])
        case tableRow(header: Bool)
        case tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, footnoteReference
        case link(url: String, title: String)
        case image(url: String, title: String)
        case unknown
    }

    /// What it is.
    var kind: Kind
    /// Text content for text, code, HTML and footnote references (the reference's number).
    var literal: [UInt8] = []
    /// 1-based start line; 0 when cmark gave none.
    var line: Int = 0
    /// 1-based start byte column; 0 when cmark gave none.
    var column: Int = 0
    /// 1-based end line.
    var endLine: Int = 0
    /// 1-based end byte column (inclusive).
    var endColumn: Int = 0
    /// Child nodes in order.
    var children: [MarkdownNode] = []

    /// The literal as a string.
    var text: String { String(decoding: literal, as: UTF8.self) }
}
