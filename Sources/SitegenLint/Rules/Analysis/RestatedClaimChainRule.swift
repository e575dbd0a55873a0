import SitegenAnalysis
import SitegenCore

/// The same cause → effect chain stated more than once.
public struct RestatedClaimChainRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "restated-claim-chain", name: "Restated claim chain",
        summary: "Flags a cause-and-effect chain that is stated again, in other words or the same ones.",
        rationale: """
            Generated analysis pads itself by restating one causal chain ("rising costs lead to lower margins, \
            which leads to layoffs") in every section. Each restatement adds length and no evidence. The finding is \
            at the restatement; the related location is the first statement. Say it once, where it is supported.
            """,
        category: .claims,
        options: [
            RuleOption("min_occurrences", .integer, default: .number(Double(AnalysisOptions().minChainOccurrences)),
                       "a chain is flagged when stated at least this often"),
            RuleOption("node_match", .number, default: .number(AnalysisOptions().nodeMatch),
                       "word overlap at or above which two claims name the same thing (also used by circular-claim-chain)"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.restatedClaimChain.triggering,
        nonTriggeringExamples: AnalysisExamples.restatedClaimChain.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.restatedClaimChain
    /// The fix suggestion added to each finding.
    public static let hint = "state the chain once, where its evidence is, and refer back to it"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_occurrences", into: &options.minChainOccurrences)
        configuration.number("node_match", into: &options.nodeMatch)
    }
}
