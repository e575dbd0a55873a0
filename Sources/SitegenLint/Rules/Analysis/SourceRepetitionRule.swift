import SitegenAnalysis
import SitegenCore

/// Openers, closers, metaphors and phrase skeletons a source repeats across many of its posts.
public struct SourceRepetitionRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "source-repetition", name: "Source-level repetition",
        summary: "Flags posts that use several phrases their source repeats across many posts far more often than English does.",
        rationale: """
            Generated blogs repeat themselves across posts in style, not only in copied sections: "in the realm \
            of", "a tapestry of", "as I conclude this reflection" turn up post after post. The rule learns each \
            source's phrases from the posts themselves (a site's posts are one source, a feed's entries another): \
            a word marks the source when a large share of its posts use it in the same two-word frame, far more \
            posts than general English word frequencies predict, without recurring inside posts the way topic \
            words do. A post is flagged when it uses several of them; one stock phrase in one post is not. The \
            finding is at the first paragraph with one and lists the phrases with the number of posts using each.
            """,
        category: .repetition,
        options: [
            RuleOption("min_documents", .integer, default: .number(Double(AnalysisOptions().minSourceDocuments)),
                       "posts a source needs before it is judged"),
            RuleOption("min_phrases", .integer, default: .number(Double(AnalysisOptions().minSourcePhrases)),
                       "repeated phrases of its source a post must use to be flagged"),
            RuleOption("share", .number, default: .number(AnalysisOptions().sourcePhraseShare),
                       "share of the source's posts (at least three) that must use a phrase"),
            RuleOption("ratio", .number, default: .number(AnalysisOptions().sourcePhraseRatio),
                       "how many times more posts than general English predicts must use it"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.sourceRepetition.triggering,
        nonTriggeringExamples: AnalysisExamples.sourceRepetition.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.sourceRepetition
    /// The fix suggestion added to each finding.
    public static let hint = "vary or cut the phrases this source uses in post after post; say what this post says"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_documents", into: &options.minSourceDocuments)
        configuration.integer("min_phrases", into: &options.minSourcePhrases)
        configuration.number("share", into: &options.sourcePhraseShare)
        configuration.number("ratio", into: &options.sourcePhraseRatio)
    }
}
