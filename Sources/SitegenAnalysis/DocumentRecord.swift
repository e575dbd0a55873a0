import SitegenCore

/// A document as the analysis sees it.
struct DocumentRecord {
    var id: String
    var title: String
    var source: String
    var date: String?
    var location: SourceLocation
    /// Position in the input.
    var inputIndex: Int
    /// Position in time: by date, then input position (dated documents first).
    var rank: Int = 0
    var rootSection: Int32
    var passageStart: Int32
    var passageEnd: Int32
    var tokenStart: Int32 = 0
    var tokenEnd: Int32 = 0

    /// Number of word tokens.
    var wordCount: Int { Int(tokenEnd - tokenStart) }
}
