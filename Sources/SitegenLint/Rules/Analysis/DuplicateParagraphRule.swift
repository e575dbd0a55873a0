import SitegenAnalysis
import SitegenCore

/// Paragraphs repeated word for word, within a post or as boilerplate across posts.
public struct DuplicateParagraphRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "duplicate-paragraph", name: "Duplicate paragraph",
        summary: "Flags a paragraph repeated word for word, within a post or as boilerplate across posts.",
        rationale: """
            A paragraph that appears twice in a post is an editing slip or filler; the same paragraph in many \
            posts is boilerplate that dilutes each of them. The finding is at the repeat; the related location is \
            the first occurrence. Set `across_documents: false` to accept boilerplate shared between posts (a \
            sign-off, a funding note) and flag repeats within a post only.
            """,
        category: .repetition,
        options: [
            RuleOption("min_words", .integer, default: .number(Double(AnalysisOptions().minParagraphWords)),
                       "paragraphs with fewer words are not compared"),
            RuleOption("across_documents", .boolean, default: .bool(true), "also flag paragraphs repeated from other posts"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.duplicateParagraph.triggering,
        nonTriggeringExamples: AnalysisExamples.duplicateParagraph.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.duplicateParagraph
    /// The fix suggestion added to each finding.
    public static let hint = "delete the repeat, or move shared boilerplate into the theme"

    private let acrossDocuments: Bool

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {
        acrossDocuments = configuration.boolean("across_documents", default: true)
    }

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_words", into: &options.minParagraphWords)
    }

    /// The report's duplicate paragraphs, without cross-post ones when `across_documents` is false.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let report = context.analysis else { return [] }
        return report.findings(of: Self.kind)
            .filter { finding in acrossDocuments || finding.related.allSatisfy { $0.documentID == finding.documentID } }
            .map(Self.diagnostic)
    }
}
