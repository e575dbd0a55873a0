import SitegenCore

/// Links to pages the build leaves out: drafts, and posts dated in the future.
public struct UnpublishedLinkRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "unpublished-link", name: "Link to an unpublished page",
        summary: "Flags links to drafts and to posts dated in the future, which are not on the published site.",
        rationale: """
            `sitegen build` leaves out drafts (`draft: true`) and posts dated after the build, so a link to one is \
            a 404 until it is published (`build --drafts` shows them while writing). Publish the target first, or \
            link to it once it is out.
            """,
        defaultSeverity: .warning, scope: LintScope.structure, category: .links,
        triggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [the next part](↓b.md).\n"),
                .init(path: "Content/posts/b.md", text: "---\ntitle: B\ndraft: true\n---\nSoon.\n"),
            ]),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [the next part](↓/posts/b/).\n"),
                .init(path: "Content/posts/b.md", text: "---\ntitle: B\ndate: 2999-01-01\n---\nLater.\n"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [the next part](b.md).\n"),
                .init(path: "Content/posts/b.md", text: "---\ntitle: B\ndate: 2020-01-01\n---\nOut.\n"),
            ]),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds links to drafts and scheduled posts.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let site = context.site else { return [] }
        return LinkProblems.problems(in: context, site: site).compactMap { problem in
            guard case .unpublished(let reason) = problem.kind else { return nil }
            let what = problem.isImage ? "image" : "link"
            return Diagnostic(.warning, "\(what) target `\(problem.destination)` is \(reason), not on the published site",
                              at: problem.location, rule: Self.id,
                              hint: "publish the target first, or remove the link until it is out (`sitegen build --drafts` shows drafts)")
        }
    }
}
