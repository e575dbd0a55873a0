/// Scores of all documents from one source (a feed, or a folder or site of posts), and the phrases it repeats.
public struct SourceSummary: Hashable, Sendable, Codable {
    /// The source path or URL.
    public var source: String
    /// Documents from it.
    public var documentCount: Int
    /// Mean repetition score.
    public var meanRepetition: Double
    /// Mean template score.
    public var meanTemplate: Double
    /// Highest repetition score.
    public var maxRepetition: Double
    /// Findings per kind (rule id).
    public var findingCounts: [String: Int]
    /// Posts reported for using several of the source's repeated phrases.
    public var flaggedDocuments: Int
    /// Phrases the source repeats across its posts far more often than general English uses their words, most
    /// used first (empty for sources of fewer than `minSourceDocuments` posts).
    public var repeatedPhrases: [SourcePhrase]

    /// Creates a summary.
    public init(
        source: String, documentCount: Int, meanRepetition: Double, meanTemplate: Double, maxRepetition: Double,
        findingCounts: [String: Int], flaggedDocuments: Int = 0, repeatedPhrases: [SourcePhrase] = []
    ) {
        self.source = source
        self.documentCount = documentCount
        self.meanRepetition = meanRepetition
        self.meanTemplate = meanTemplate
        self.maxRepetition = maxRepetition
        self.findingCounts = findingCounts
        self.flaggedDocuments = flaggedDocuments
        self.repeatedPhrases = repeatedPhrases
    }
}
