import SitegenAnalysis
import SitegenCore

/// Repetition metrics above the Gopher quality-filter thresholds.
public struct NgramRepetitionRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "ngram-repetition", name: "N-gram repetition",
        summary: "Flags posts whose repeated lines, paragraphs or n-grams exceed the Gopher quality-filter thresholds.",
        rationale: """
            The Gopher quality filters (Rae et al. 2021) drop web documents whose duplicate lines, duplicate \
            paragraphs, most frequent 2–4-grams or duplicated 5–10-grams cover too much of the text: the signature \
            of templated and degenerate generated text. The finding is at the start of the post and names the metric \
            furthest over its threshold; `sitegen analyze` shows them all. Posts shorter than `min_words` are not \
            judged (this also applies to `stock-phrases`).
            """,
        category: .repetition,
        options: [
            RuleOption("min_words", .integer, default: .number(Double(AnalysisOptions().minWordsForMetrics)),
                       "posts with fewer words of prose are not judged"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.ngramRepetition.triggering,
        nonTriggeringExamples: AnalysisExamples.ngramRepetition.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.ngramRepetition
    /// The fix suggestion added to each finding.
    public static let hint = "rewrite the repeated passages; `sitegen analyze` lists every metric and its threshold"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_words", into: &options.minWordsForMetrics)
    }
}
