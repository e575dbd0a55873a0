import SitegenCore

/// The bibliography entries the documents can cite, with where each is defined.
public struct BibliographyInventory: Sendable, Hashable {
    /// One entry of a bibliography file.
    public struct Entry: Sendable, Hashable {
        /// The citation key.
        public var key: String
        /// Where the entry starts (`Content/references.bib:12:1`).
        public var location: SourceLocation

        /// Creates an entry.
        public init(key: String, location: SourceLocation) {
            self.key = key
            self.location = location
        }
    }

    /// Every entry in file order; a key may appear twice (that is `duplicate-citation-key`'s business).
    public var entries: [Entry]
    /// Keys cited by documents outside `Linter`'s view (e.g. `nocite` in config); counted as used.
    public var alsoCited: Set<String>

    /// True when the bibliography stage already checked citations (its `undefined-citation` and
    /// `duplicate-citation-key` diagnostics are then taken as they are instead of being worked out again).
    public var checkedByStage: Bool

    /// Creates an inventory.
    public init(entries: [Entry], alsoCited: Set<String> = [], checkedByStage: Bool = false) {
        self.entries = entries
        self.alsoCited = alsoCited
        self.checkedByStage = checkedByStage
    }

    /// Every defined key.
    public var keys: Set<String> { Set(entries.map(\.key)) }
}
