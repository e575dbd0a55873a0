import SitegenCore

/// Links whose `#fragment` names no heading, label or element id on the target page.
public struct BrokenAnchorRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "broken-anchor", name: "Broken anchor",
        summary: "Flags links whose #fragment does not exist on the page they point to.",
        rationale: """
            Heading anchors change when a heading is reworded; the link then lands at the top of the page. \
            Give headings you link to a stable label (`## Method {#sec-method}`) and link to that.
            """,
        scope: LintScope.structure, category: .links,
        triggeringExamples: [
            RuleExample("## Method\n\nAs in [the method](↓#methods).\n"),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [their results](↓/posts/b/#reslts).\n"),
                .init(path: "Content/posts/b.md", text: "## Results\n\nText.\n"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample("## Method\n\nAs in [the method](#method).\n"),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [their results](/posts/b/#results) and [fig](b.md#fig-x).\n"),
                .init(path: "Content/posts/b.md", text: "## Results\n\n![A plot](p.png){#fig-x}\n"),
            ]),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds links to existing pages with missing fragments.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let site = context.site else { return [] }
        return LinkProblems.problems(in: context, site: site).compactMap { problem in
            guard case .missingAnchor(let anchors) = problem.kind else { return nil }
            let fragment = LinkResolver.split(problem.destination).fragment ?? ""
            let hint = Suggestion.nearest(to: fragment, in: anchors.sorted()).map { "did you mean `#\($0)`?" }
                ?? "link to a heading's id or a `{#label}` defined on that page"
            return Diagnostic(.warning, "anchor `#\(fragment)` does not exist on the linked page", at: problem.location, rule: Self.id, hint: hint)
        }
    }
}
