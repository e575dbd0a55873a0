import SitegenAnalysis
import SitegenCore

/// A causal claim with no citation, link or footnote in its paragraph.
public struct UnsupportedCausalClaimRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "unsupported-causal-claim", name: "Unsupported causal claim",
        summary: "Flags paragraphs that claim a cause and effect with no citation, link or footnote.",
        rationale: """
            "X leads to Y" is a claim about the world; in a research blog the reader expects to see why you \
            believe it. Cite the study (`[@key]`), link the source or add a footnote in the same paragraph, or \
            soften the wording. The finding is at the paragraph. In an opinion post, switch it off with \
            `<!-- sitegen-lint disable unsupported-causal-claim -->` at the top.
            """,
        defaultSeverity: .note, category: .claims, needsAnalysis: true,
        triggeringExamples: AnalysisExamples.unsupportedCausalClaim.triggering,
        nonTriggeringExamples: AnalysisExamples.unsupportedCausalClaim.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.unsupportedCausalClaim
    /// The fix suggestion added to each finding.
    public static let hint = "cite the evidence in the same paragraph (`[@key]`, a link or a footnote), or soften the claim"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        options.reportUnsupportedClaims = true
    }
}
