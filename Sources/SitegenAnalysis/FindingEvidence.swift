/// The evidence behind a finding; only the fields of its kind are set (the others are left out of JSON).
public struct FindingEvidence: Hashable, Sendable, Codable {
    /// rewritten-section: the rewrite cluster (`r1`, `r2`, …).
    public var clusterID: String?
    /// rewritten-section: `verbatim` (word shingles) or `paraphrase` (content words and sentences).
    public var mode: String?
    /// rewritten-section: exact Jaccard similarity of the word 5-gram sets.
    public var shingleJaccard: Double?
    /// rewritten-section: share of the copy's sentences that restate a sentence of the original.
    public var sentenceCoverage: Double?
    /// rewritten-section: how many sentence pairs were aligned (the list below may be cut short).
    public var alignedSentenceCount: Int?
    /// rewritten-section: aligned sentence pairs, copy first, in the copy's order.
    public var alignedSentences: [SentencePair]?
    /// rewritten-section: rare content words and word pairs both sections use.
    public var sharedTerms: [String]?
    /// duplicate-paragraph: the repeated text.
    public var text: String?
    /// duplicate-paragraph, restated-claim-chain, repeated-heading-pattern: how often it occurs.
    public var occurrences: Int?
    /// label-scaffolding: the template's labels and how often each is used.
    public var labels: [LabelUse]?
    /// label-scaffolding, repeated-heading-pattern: ids of the sections involved.
    public var sections: [String]?
    /// label-scaffolding, restated-claim-chain, duplicate-paragraph: other documents involved.
    public var documents: [String]?
    /// repeated-heading-pattern: the stock prefix with `*` for the varying part.
    public var pattern: String?
    /// repeated-heading-pattern: the headings as written.
    public var headings: [String]?
    /// stock-phrases: the phrases found and their counts.
    public var phrases: [LabelUse]?
    /// stock-phrases: phrases per 1000 words.
    public var density: Double?
    /// ngram-repetition: the metrics over their thresholds.
    public var metrics: [MetricValue]?
    /// restated-claim-chain, unsupported-causal-claim: the chain's nodes as first written.
    public var chain: [String]?
    /// restated-claim-chain: every statement of the chain as written.
    public var statements: [String]?
    /// circular-claim-chain: the nodes of the cycle, first node repeated at the end.
    public var cycle: [String]?

    /// Creates empty evidence.
    public init() {}
}

/// Two sentences matched by similarity: one in the copy, one in the original.
public struct SentencePair: Hashable, Sendable, Codable {
    /// The sentence in the copy.
    public var copy: String
    /// The sentence in the original.
    public var original: String
    /// Weighted content-word cosine, 0…1.
    public var similarity: Double

    /// Creates a pair.
    public init(copy: String, original: String, similarity: Double) {
        self.copy = copy
        self.original = original
        self.similarity = similarity
    }
}

/// A label or phrase and how often it is used.
public struct LabelUse: Hashable, Sendable, Codable {
    /// The label or phrase, normalised (lowercase, digits as `#`).
    public var text: String
    /// How often.
    public var count: Int

    /// Creates a use count.
    public init(text: String, count: Int) {
        self.text = text
        self.count = count
    }
}

/// A metric's value and the threshold it is judged against.
public struct MetricValue: Hashable, Sendable, Codable {
    /// The metric's name, e.g. `duplicate-5gram-char-fraction`.
    public var name: String
    /// Its value.
    public var value: Double
    /// The threshold above which it is reported.
    public var threshold: Double

    /// Creates a metric value.
    public init(name: String, value: Double, threshold: Double) {
        self.name = name
        self.value = value
        self.threshold = threshold
    }
}
