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
