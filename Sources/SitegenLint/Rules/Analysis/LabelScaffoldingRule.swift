import SitegenAnalysis
import SitegenCore

/// Paragraphs that open with the same template labels again and again (`**Mechanism:** …`).
public struct LabelScaffoldingRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "label-scaffolding", name: "Label scaffolding",
        summary: "Flags posts whose paragraphs open with the same template labels again and again.",
        rationale: """
            Generated text is often laid out as a form: every section repeats `**Mechanism:** …`, \
            `**Observable Effect:** …`, `**Why It Matters:** …`. The labels carry no information the prose could \
            not, and the repetition gives the template away. Write the paragraphs as prose, or use a table when \
            the content really is a grid. The finding is at the first label line; the related locations are the others.
            """,
        category: .repetition,
        options: [
            RuleOption("min_label_repeats", .integer, default: .number(Double(AnalysisOptions().minLabelRepeats)),
                       "a label counts as scaffolding when a post uses it at least this often"),
            RuleOption("min_lines", .integer, default: .number(Double(AnalysisOptions().minScaffoldLines)),
                       "a post is flagged when this many of its paragraphs open with scaffolding labels"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.labelScaffolding.triggering,
        nonTriggeringExamples: AnalysisExamples.labelScaffolding.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.labelScaffolding
    /// The fix suggestion added to each finding.
    public static let hint = "write the labelled paragraphs as prose, or use a table if the content is a grid"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_label_repeats", into: &options.minLabelRepeats)
        configuration.integer("min_lines", into: &options.minScaffoldLines)
    }
}
