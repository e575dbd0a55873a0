import SitegenAnalysis
import SitegenCore

/// Headings built from the same stock prefix again and again ("Expert Analysis: …").
public struct RepeatedHeadingPatternRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "repeated-heading-pattern", name: "Repeated heading pattern",
        summary: "Flags headings built from the same stock prefix again and again.",
        rationale: """
            Headings such as "Expert Analysis: Costs", "Expert Analysis: Risks", "Expert Analysis: Outlook" are \
            a template, not an outline: the shared prefix says nothing and hides what each section is about. \
            Name each section by its content. The finding is at the first such heading; the related locations are \
            the others.
            """,
        category: .repetition,
        options: [
            RuleOption("min_repeats", .integer, default: .number(Double(AnalysisOptions().minHeadingRepeats)),
                       "a pattern is flagged when a post uses it at least this often"),
            RuleOption("min_pattern_words", .integer, default: .number(Double(AnalysisOptions().minHeadingPatternWords)),
                       "shorter prefixes are too generic to count (\"Example: …\")"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.repeatedHeadingPattern.triggering,
        nonTriggeringExamples: AnalysisExamples.repeatedHeadingPattern.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.repeatedHeadingPattern
    /// The fix suggestion added to each finding.
    public static let hint = "name each section by what it is about instead of a shared prefix"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_repeats", into: &options.minHeadingRepeats)
        configuration.integer("min_pattern_words", into: &options.minHeadingPatternWords)
    }
}
