/// Scores of all documents from one source (a feed or a folder of posts).
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

    /// Creates a summary.
    public init(
        source: String, documentCount: Int, meanRepetition: Double, meanTemplate: Double, maxRepetition: Double,
        findingCounts: [String: Int]
    ) {
        self.source = source
        self.documentCount = documentCount
        self.meanRepetition = meanRepetition
        self.meanTemplate = meanTemplate
        self.maxRepetition = maxRepetition
        self.findingCounts = findingCounts
    }
}
