import SitegenAnalysis
import SitegenCore

/// A high density of stock phrases ("it is important to note", "delve into").
public struct StockPhrasesRule: AnalysisRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "stock-phrases", name: "Stock phrases",
        summary: "Flags posts with a high density of stock phrases such as \"it is important to note\" or \"delve into\".",
        rationale: """
            Stock phrases announce instead of saying: "it is important to note that" adds nothing the sentence \
            does not, "in today's fast-paced world" sets no scene, "delve into" and "a rich tapestry" mark \
            generated prose. One is harmless; a post full of them reads as filler. The finding is at the first \
            paragraph with one and names the most frequent. Cut them and say the thing directly.
            """,
        category: .repetition,
        options: [
            RuleOption("min_count", .integer, default: .number(Double(AnalysisOptions().minStockPhrases)),
                       "stock phrases a post needs before its density is judged"),
            RuleOption("density", .number, default: .number(AnalysisOptions().stockPhraseDensity),
                       "stock phrases per 1000 words at or above which a post is flagged"),
        ],
        needsAnalysis: true, triggeringExamples: AnalysisExamples.stockPhrases.triggering,
        nonTriggeringExamples: AnalysisExamples.stockPhrases.nonTriggering)

    /// The finding kind it reports.
    public static let kind = FindingKind.stockPhrases
    /// The fix suggestion added to each finding.
    public static let hint = "cut the stock phrases and say the thing directly"

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Copies the rule's options into the analyser's thresholds.
    public static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration) {
        configuration.integer("min_count", into: &options.minStockPhrases)
        configuration.number("density", into: &options.stockPhraseDensity)
    }
}
