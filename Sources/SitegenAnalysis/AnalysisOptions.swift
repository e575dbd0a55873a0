/// Thresholds of the analysis. The defaults report nothing on carefully written human posts and find
/// rewritten, templated text; every field is documented in docs/analysis.md.
public struct AnalysisOptions: Hashable, Sendable, Codable {
    // MARK: Rewritten sections

    /// Sections (a heading and everything under it) with fewer words are too short to judge.
    public var minSectionWords = 60
    /// Words per shingle for near-verbatim detection.
    public var shingleSize = 5
    /// Exact Jaccard similarity of shingle sets at or above which two sections are near-verbatim copies.
    public var verbatimJaccard = 0.5
    /// Weighted content-word cosine at or above which two top-level sections may be paraphrased rewrites.
    public var paraphraseCosine = 0.5
    /// Share of the later section's sentences that must restate a sentence of the earlier one.
    public var paraphraseCoverage = 0.3
    /// Whether a later section's words are read as the earlier section's words they share a WordNet concept
    /// with when judging a paraphrase (no effect when built without the WordNet table). Off by default: on the
    /// planted benchmark it costs precision without finding the synonym rewrites yet (docs/analysis.md).
    public var matchSynonyms = false
    /// Cosine required when either section is short (`shortSectionWords`) or much smaller than the other.
    public var shortSectionCosine = 0.6
    /// Sentence coverage required when either section is short or much smaller than the other.
    public var shortSectionCoverage = 0.4
    /// Sections with fewer words count as short.
    public var shortSectionWords = 160
    /// Sections smaller than this share of the other count as much smaller (a summary, not a rewrite).
    public var minSizeRatio = 0.35
    /// Below this cosine a paraphrase must also restate `moderateCoverage` of the later section's sentences:
    /// sections sharing technical vocabulary but adding new information are not rewrites.
    public var moderateCosine = 0.6
    /// Share of the later section's sentences restated when the cosine is below `moderateCosine`.
    public var moderateCoverage = 0.5
    /// Mean cosine to a cluster's members at or above which a section joins the cluster (average linkage).
    public var clusterCosine = 0.45
    /// Cosine at or above which two sentences count as saying the same thing.
    public var sentenceSimilarity = 0.4
    /// Sentences with fewer content words are not aligned.
    public var minSentenceTerms = 3
    /// Aligned sentence pairs kept per finding (all are counted).
    public var maxAlignedPairs = 12
    /// Highest-weighted content words per section used to find candidates across documents.
    public var candidateTermsPerSection = 12
    /// Shared candidate words needed before two sections in different documents are compared.
    public var minSharedCandidateTerms = 3
    /// Candidate words used by more sections than this are too common to find candidates with.
    public var maxPostingLength = 200
    /// LSH buckets with more members than this are boilerplate: each member is paired only with the bucket's
    /// `lshAnchors` earliest members instead of with every other member.
    public var lshBucketCap = 32
    /// Earliest members of an over-full LSH bucket that every other member is paired with.
    public var lshAnchors = 2
    /// MinHash slots (of 63) two sections' signatures must agree on for an LSH pair to be verified.
    public var lshMinAgreeingSlots = 16

    // MARK: Templates

    /// Paragraphs with fewer words are not checked for duplicates.
    public var minParagraphWords = 8
    /// A label counts as scaffolding when a document uses it at least this often.
    public var minLabelRepeats = 3
    /// A document is reported when this many of its paragraphs start with scaffolding labels.
    public var minScaffoldLines = 6
    /// A heading pattern is reported when a document uses it at least this often.
    public var minHeadingRepeats = 3
    /// Heading prefixes with fewer words are too generic to count as a stock pattern ("Example: …").
    public var minHeadingPatternWords = 2
    /// Stock phrases per 1000 words at or above which a document is reported.
    public var stockPhraseDensity = 4.0
    /// Stock phrases needed before density is judged.
    public var minStockPhrases = 4
    /// Sources (a feed, a folder or site) with fewer posts are not judged for source-level repetition.
    public var minSourceDocuments = 5
    /// Share of a source's posts (and at least three) that must use a word before it can mark the source.
    public var sourcePhraseShare = 0.3
    /// How many times more posts must use the word than general English predicts for posts of their lengths.
    public var sourcePhraseRatio = 10.0
    /// Mean uses per post above which a word is a topic (it recurs within posts), not a stock phrase.
    public var sourcePhraseBurst = 2.0
    /// Words at least this common in general English (Zipf frequency) are never markers.
    public var sourcePhraseMaxZipf = 4.8
    /// A post is reported when it uses at least this many of its source's repeated phrases.
    public var minSourcePhrases = 3
    /// Documents with fewer words get no metric-based findings: ratios over a few dozen words say little
    /// (Gopher filters from 50 words; a short note with one refrain would trip them).
    public var minWordsForMetrics = 150
    /// Gopher thresholds for the n-gram repetition finding.
    public var gopher = GopherThresholds()

    // MARK: Claims

    /// A chain is reported when stated at least this often (2: stated once and restated once).
    public var minChainOccurrences = 2
    /// Dice overlap of stemmed content words at or above which two claim nodes are the same.
    public var nodeMatch = 0.5
    /// Whether causal claims without citation or link in their paragraph are reported.
    public var reportUnsupportedClaims = true

    /// Creates options with the defaults.
    public init() {}
}

/// The Gopher quality-filter thresholds (Rae et al. 2021, table A1): a document is reported when a value
/// is above its threshold.
public struct GopherThresholds: Hashable, Sendable, Codable {
    /// Duplicate-line fraction.
    public var duplicateLineFraction = 0.30
    /// Duplicate-paragraph fraction.
    public var duplicateParagraphFraction = 0.30
    /// Characters in duplicate lines.
    public var duplicateLineCharacterFraction = 0.20
    /// Characters in duplicate paragraphs.
    public var duplicateParagraphCharacterFraction = 0.20
    /// Top 2-, 3-, 4-gram character share.
    public var topNgramCharacterShare: [Double] = [0.20, 0.18, 0.16]
    /// Duplicate 5…10-gram character fraction.
    public var duplicateNgramCharacterFraction: [Double] = [0.15, 0.14, 0.13, 0.12, 0.11, 0.10]

    /// Creates the published thresholds.
    public init() {}
}
