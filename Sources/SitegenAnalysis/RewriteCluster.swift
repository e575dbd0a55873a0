import SitegenCore

/// Sections that say the same thing: the earliest (by document date, then position) and its rewrites.
public struct RewriteCluster: Hashable, Sendable, Codable {
    /// `r1`, `r2`, … in order of the originals.
    public var id: String
    /// The earliest section.
    public var original: ClusterMember
    /// The later sections, in time order.
    public var copies: [ClusterMember]

    /// Creates a cluster.
    public init(id: String, original: ClusterMember, copies: [ClusterMember]) {
        self.id = id
        self.original = original
        self.copies = copies
    }
}

/// A section in a rewrite cluster.
public struct ClusterMember: Hashable, Sendable, Codable {
    /// The document it is in.
    public var documentID: String
    /// The section id ("" for text before the first heading).
    public var sectionID: String
    /// The heading as written.
    public var heading: String
    /// Where the section starts.
    public var location: SourceLocation
    /// Words in the section.
    public var wordCount: Int
    /// For copies: similarity to the original.
    public var similarity: Double?
    /// For copies: share of sentences restating the original.
    public var sentenceCoverage: Double?
    /// For copies: `verbatim` or `paraphrase`.
    public var mode: String?

    /// Creates a member.
    public init(
        documentID: String, sectionID: String, heading: String, location: SourceLocation, wordCount: Int,
        similarity: Double? = nil, sentenceCoverage: Double? = nil, mode: String? = nil
    ) {
        self.documentID = documentID
        self.sectionID = sectionID
        self.heading = heading
        self.location = location
        self.wordCount = wordCount
        self.similarity = similarity
        self.sentenceCoverage = sentenceCoverage
        self.mode = mode
    }
}
