import SitegenCore

/// The same `{#label}` defined twice in one post, so cross-references and links cannot tell which one is meant.
public struct DuplicateLabelRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "duplicate-label", name: "Duplicate label",
        summary: "Flags a figure, table, equation or section label defined more than once in a post.",
        rationale: """
            Labels name one thing: `@fig-x` and `#fig-x` links resolve to the first definition, and the page \
            gets two elements with the same id. Copy-pasted figure blocks are the usual cause; rename the second.
            """,
        defaultSeverity: .error, scope: LintScope.structure, category: .structure,
        triggeringExamples: [
            RuleExample("![Before](a.png){#fig-result}\n\n↓![After](b.png){#fig-result}\n"),
            RuleExample("## Method {#sec-method}\n\nText.\n\n↓## Method again {#sec-method}\n\nMore.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("![Before](a.png){#fig-before}\n\n![After](b.png){#fig-after}\n"),
            RuleExample("## Results\n\nText.\n\n## Results\n\nMore.\n", note: "headings without explicit labels get unique slugs"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds repeated labels, pointing at the repeat and relating it to the first definition.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for document in context.documents {
            var first: [String: SourceLocation] = [:]
            for label in LabelIndex.labels(in: document) {
                guard let original = first[label.id] else {
                    first[label.id] = label.location
                    continue
                }
                out.append(Diagnostic(
                    .error, "label `\(label.id)` is already defined at line \(original.line)", at: label.location,
                    rule: Self.id, hint: "give this one a different label and update the references to it",
                    related: [Diagnostic.Related(location: original, message: "first definition of `\(label.id)`")]))
            }
        }
        return out
    }
}
