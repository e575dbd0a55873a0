import SitegenCore

/// A section of a document as the analysis sees it: a contiguous run of passages (its own, then its
/// subsections').
struct SectionRecord {
    var document: Int32
    var id: String
    var heading: String
    var level: Int
    var location: SourceLocation
    var parent: Int32
    /// All passages, subsections included.
    var passageStart: Int32
    var passageEnd: Int32
    /// End of the section's own passages (before its first subsection).
    var ownEnd: Int32
    /// Child section indices.
    var children: [Int32] = []
    /// True for References, Bibliography, Footnotes and similar apparatus.
    var isApparatus: Bool
}
