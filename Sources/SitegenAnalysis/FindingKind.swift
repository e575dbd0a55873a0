/// What a finding is about; the raw values are the lint rule ids they map to.
public enum FindingKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A section that says again what an earlier section said (copied or paraphrased).
    case rewrittenSection = "rewritten-section"
    /// A paragraph repeated word for word (within a post or as boilerplate across posts).
    case duplicateParagraph = "duplicate-paragraph"
    /// Repeated label lines (`**Mechanism:**`, `Observable Effect:`) used as a template.
    case labelScaffolding = "label-scaffolding"
    /// Headings built from the same stock prefix again and again ("Expert Analysis: …").
    case repeatedHeadingPattern = "repeated-heading-pattern"
    /// A high density of stock phrases ("it is important to note", "delve into").
    case stockPhrases = "stock-phrases"
    /// Openers, closers, metaphors and phrase skeletons a source repeats across many of its posts.
    case sourceRepetition = "source-repetition"
    /// Repetition metrics above the Gopher quality-filter thresholds.
    case ngramRepetition = "ngram-repetition"
    /// The same cause-effect chain stated more than once.
    case restatedClaimChain = "restated-claim-chain"
    /// Cause-effect claims that loop back on themselves.
    case circularClaimChain = "circular-claim-chain"
    /// A cause-effect claim with no citation or link in its paragraph.
    case unsupportedCausalClaim = "unsupported-causal-claim"

    /// Orders by declaration order.
    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        Self.allCases.firstIndex(of: self) ?? 0
    }
}
