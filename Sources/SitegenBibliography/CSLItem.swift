import SitegenCore

/// One bibliography entry in the CSL-JSON model: the shape every reader produces and the processor formats.
public struct CSLItem: Hashable, Sendable {
    /// The citation key.
    public var id: String
    /// The CSL type (`article-journal`, `book`, `chapter`, …); may be empty (pandoc's reading of `@misc`).
    public var type: String
    /// Ordinary and number variables (`title`, `container-title`, `volume`, `page`, `DOI`, `URL`, …), values in
    /// the CSL-JSON markup subset (`<i>`, `<span class="nocase">`, …). Keys are lowercase CSL names (`doi`, `url`).
    public var fields: [String: String]
    /// Name variables (`author`, `editor`, `translator`, `container-author`, …).
    public var names: [String: [CSLName]]
    /// Date variables (`issued`, `accessed`, `event-date`, `original-date`, …).
    public var dates: [String: CSLDate]
    /// Where the entry was read from, for diagnostics.
    public var location: SourceLocation?

    /// Creates an item.
    public init(
        id: String, type: String, fields: [String: String] = [:], names: [String: [CSLName]] = [:],
        dates: [String: CSLDate] = [:], location: SourceLocation? = nil
    ) {
        self.id = id
        self.type = type
        self.fields = fields
        self.names = names
        self.dates = dates
        self.location = location
    }

    /// The value of an ordinary or number variable (case-insensitive name: `DOI` and `doi` are the same).
    public subscript(_ variable: String) -> String? {
        get { fields[variable.lowercased()] }
        set { fields[variable.lowercased()] = newValue }
    }

    /// The title without markup.
    public var plainTitle: String { RichText.plain(RichText.parse(fields["title"] ?? "")) }
}
