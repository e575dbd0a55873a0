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

/// A document's scores, each 0…1, explained by the findings behind them.
public struct DocumentScores: Hashable, Sendable, Codable {
    /// Share of the document's words in sentences that restate earlier text.
    public var repetition: Double
    /// How much of the document follows a template: label lines, stock heading patterns, boilerplate,
    /// stock phrases.
    public var template: Double
    /// What contributed to each score.
    public var explanations: [ScoreExplanation]

    /// Creates scores.
    public init(repetition: Double, template: Double, explanations: [ScoreExplanation]) {
        self.repetition = repetition
        self.template = template
        self.explanations = explanations
    }
}

/// One contribution to a score.
public struct ScoreExplanation: Hashable, Sendable, Codable {
    /// `repetition` or `template`.
    public var score: String
    /// The finding kind behind it.
    public var kind: FindingKind
    /// Its share of the score's input, 0…1.
    public var contribution: Double
    /// Lowercase explanation, e.g. "412 of 1830 words restate earlier sections".
    public var detail: String

    /// Creates an explanation.
    public init(score: String, kind: FindingKind, contribution: Double, detail: String) {
        self.score = score
        self.kind = kind
        self.contribution = contribution
        self.detail = detail
    }
}

/// Pairwise content similarity of a document's top-level sections, for the report's heatmap.
public struct SimilarityMatrix: Hashable, Sendable, Codable {
    /// One row/column per section, in document order.
    public var sections: [MatrixSection]
    /// `values[i][j]`: weighted content-word cosine of sections i and j (1 on the diagonal).
    public var values: [[Double]]

    /// Creates a matrix.
    public init(sections: [MatrixSection], values: [[Double]]) {
        self.sections = sections
        self.values = values
    }
}

/// A row of a similarity matrix.
public struct MatrixSection: Hashable, Sendable, Codable {
    /// The section id.
    public var id: String
    /// The heading as written.
    public var heading: String
    /// The rewrite cluster it belongs to, if any.
    public var clusterID: String?

    /// Creates a row.
    public init(id: String, heading: String, clusterID: String?) {
        self.id = id
        self.heading = heading
        self.clusterID = clusterID
    }
}
