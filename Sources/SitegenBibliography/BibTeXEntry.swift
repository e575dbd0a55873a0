import SitegenCore

/// One `@type{key, field = value, …}` entry as read from a .bib file, before conversion to CSL: values are the
/// raw LaTeX text with `@string` macros expanded and `#` concatenations joined.
public struct BibTeXEntry: Hashable, Sendable {
    /// The entry type, lowercased (`article`, `inproceedings`, …).
    public var type: String
    /// The citation key as written.
    public var key: String
    /// Field values by lowercased field name.
    public var fields: [String: String]
    /// Where the `@` of the entry is.
    public var location: SourceLocation

    /// Creates an entry.
    public init(type: String, key: String, fields: [String: String], location: SourceLocation) {
        self.type = type
        self.key = key
        self.fields = fields
        self.location = location
    }
}
