/// What the analysis says about one document.
public struct DocumentReport: Hashable, Sendable, Codable {
    /// The document's id.
    public var id: String
    /// Its title.
    public var title: String
    /// The file or feed it came from.
    public var source: String
    /// Its date (ISO 8601), if known.
    public var date: String?
    /// Words of prose analysed (code, math, tables and reference lists left out).
    public var wordCount: Int
    /// Sections with a heading.
    public var sectionCount: Int
    /// Repetition and template scores with their explanations.
    public var scores: DocumentScores
    /// Repetition metrics after the Gopher quality filters, and stock-phrase counts.
    public var metrics: TextMetrics
    /// Content similarity between the document's top-level sections (nil with fewer than two).
    public var sectionSimilarity: SimilarityMatrix?
    /// The document's claim graph.
    public var claimGraph: ClaimGraph
    /// Number of findings per kind (rule id).
    public var findingCounts: [String: Int]

    /// Creates a document report.
    public init(
        id: String, title: String, source: String, date: String?, wordCount: Int, sectionCount: Int,
        scores: DocumentScores, metrics: TextMetrics, sectionSimilarity: SimilarityMatrix?, claimGraph: ClaimGraph,
        findingCounts: [String: Int]
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.wordCount = wordCount
        self.sectionCount = sectionCount
        self.scores = scores
        self.metrics = metrics
        self.sectionSimilarity = sectionSimilarity
        self.claimGraph = claimGraph
        self.findingCounts = findingCounts
    }
}
