import SitegenAnalysis
import SitegenCore

/// Cause → effect claims that loop back on themselves.
public struct CircularClaimChainRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "circular-claim-chain", name: "Circular claim chain",
        summary: "Flags cause-and-effect claims in a post that loop back to where they started.",
        rationale: """
            "Trust drives adoption, adoption drives engagement, and engagement drives trust" explains nothing: \
            each claim is supported only by the others. Feedback loops exist, but then they need evidence for \
            each link. The finding is at the first claim of the loop and lists the loop.
            """,
        category: .claims, needsAnalysis: true, triggeringExamples: AnalysisExamples.circularClaimChain.triggering,
        nonTriggeringExamples: AnalysisExamples.circularClaimChain.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.circularClaimChain
    /// The fix suggestion added to each finding.
    public static let hint = "support each link of the loop with evidence, or break the circle"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {}
}
