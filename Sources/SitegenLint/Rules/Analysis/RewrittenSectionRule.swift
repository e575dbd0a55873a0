import SitegenAnalysis
import SitegenCore

/// Sections that copy or paraphrase an earlier section, in the same post or another.
public struct RewrittenSectionRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "rewritten-section", name: "Rewritten section",
        summary: "Flags a section that copies or paraphrases an earlier section, in the same post or another.",
        rationale: """
            Generated posts often restate a section under a new heading, or reuse a section of an earlier post \
            with the words shuffled. Readers notice, and search engines treat it as duplicate content. The finding \
            is at the copy's heading; the related location is the original. Keep one version and link to it, or \
            rewrite the copy so it adds something new.
            """,
        category: .repetition,
        options: [
            RuleOption("min_section_words", .integer, default: .number(Double(defaults.minSectionWords)),
                       "sections with fewer words are too short to judge"),
            RuleOption("verbatim_jaccard", .number, default: .number(defaults.verbatimJaccard),
                       "shingle overlap at or above which a section is a near-verbatim copy"),
            RuleOption("paraphrase_cosine", .number, default: .number(defaults.paraphraseCosine),
                       "content-word similarity at or above which a section may be a paraphrase"),
            RuleOption("paraphrase_coverage", .number, default: .number(defaults.paraphraseCoverage),
                       "share of the copy's sentences that must restate a sentence of the original"),
            RuleOption("synonyms", .boolean, default: .bool(defaults.matchSynonyms),
                       "read a copy's words as the original's words they share a WordNet concept with"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.rewrittenSection.triggering,
        nonTriggeringExamples: AnalysisExamples.rewrittenSection.nonTriggering)

    static let defaults = AnalysisOptions()
    /// The finding kind it reports.
    public static let kind = FindingKind.rewrittenSection
    /// The fix suggestion added to each finding.
    public static let hint = "keep one version: cut the copy, or replace it with a sentence that links to the original"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_section_words", into: &options.minSectionWords)
        configuration.number("verbatim_jaccard", into: &options.verbatimJaccard)
        configuration.number("paraphrase_cosine", into: &options.paraphraseCosine)
        configuration.number("paraphrase_coverage", into: &options.paraphraseCoverage)
        options.matchSynonyms = configuration.boolean("synonyms", default: options.matchSynonyms)
    }
}
