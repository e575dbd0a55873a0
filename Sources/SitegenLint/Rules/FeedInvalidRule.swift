import SitegenCore

/// Feeds that are not well-formed XML/JSON or break their format's rules.
public struct FeedInvalidRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "feed-invalid", name: "Invalid feed",
        summary: "Flags feeds that are not well formed or that violate RSS, Atom or JSON Feed.",
        rationale: """
            Feed readers are strict in different ways: a feed that is not well formed (an unescaped `&`, a bad \
            encoding, a missing required element) is dropped by some readers and half-read by others. The \
            message names the problem and the line in the feed.
            """,
        defaultSeverity: .error, scope: LintScope.everywhere, category: .feeds,
        triggeringExamples: [
            RuleExample(
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Notes ↓& Queries</title>\n</channel></rss>\n",
                path: "feeds/example.xml", note: "an unescaped `&` (the finding is on its line; the column is the XML parser's)"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Notes &amp; Queries</title>\n</channel></rss>\n",
                path: "feeds/example.xml"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Turns the feed stage's issues into findings.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var out = context.stageDiagnostics(rule: Self.id)
        for feed in context.feeds {
            for issue in feed.issues {
                var copy = issue
                copy.ruleID = Self.id
                if copy.location == nil { copy.location = SourceLocation(file: feed.source) }
                out.append(copy)
            }
            if !feed.wellFormed && feed.issues.isEmpty {
                out.append(Diagnostic(
                    .error, "feed is not well formed", at: SourceLocation(file: feed.source), rule: Self.id,
                    hint: "open it in an XML or JSON validator to find the first error"))
            }
        }
        return out
    }
}
