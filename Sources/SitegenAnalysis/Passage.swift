import SitegenCore

/// What a passage is; decides which analyses read it.
enum PassageKind: UInt8 {
    /// A section heading.
    case heading
    /// A paragraph outside lists.
    case paragraph
    /// A paragraph inside a list item.
    case listItem
    /// A heading inside a list, quote or div.
    case blockHeading
    /// A figure caption.
    case caption
}

extension PassageKind {
    /// The kind's name in feature records.
    var name: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "listItem"
        case .blockHeading: "blockHeading"
        case .caption: "caption"
        }
    }

    /// The kind named `name` in a feature record.
    init?(name: String) {
        switch name {
        case "heading": self = .heading
        case "paragraph": self = .paragraph
        case "listItem": self = .listItem
        case "blockHeading": self = .blockHeading
        case "caption": self = .caption
        default: return nil
        }
    }
}

/// A leading "Label:" of a paragraph or list item.
struct PassageLabel {
    /// As written, without the colon.
    var text: String
    /// Lowercase, digits as `#`, arrows as `→`, single spaces.
    var normalized: String
    /// True when the label is bold or emphasised.
    var emphasized: Bool
    /// UTF-8 length of the label and its colon at the start of the passage text.
    var byteLength: Int
    /// True for a bold line on its own (`**Rapid Experimentation**` as a list item) rather than `Label: text`.
    var standalone = false
}

/// One unit of prose: a heading, paragraph, list item or caption, with its masked text and token span.
struct Passage {
    var document: Int32
    /// The innermost section holding it.
    var section: Int32
    var kind: PassageKind
    var location: SourceLocation
    /// Plain text with code, math, raw HTML, citations and footnote marks left out.
    var text: String
    var label: PassageLabel?
    /// True when the passage links, cites or has a footnote.
    var hasSupport: Bool
    /// Index of the top-level block it belongs to within its section (paragraph grouping for metrics).
    var block: Int32
    var tokenStart: Int32 = 0
    var tokenEnd: Int32 = 0
    var sentenceStart: Int32 = 0
    var sentenceEnd: Int32 = 0

    /// Number of word tokens.
    var wordCount: Int { Int(tokenEnd - tokenStart) }
}
