import SitegenCore

/// Links and images pointing inside the site at pages or files the build will not produce.
public struct BrokenInternalLinkRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "broken-internal-link", name: "Broken internal link",
        summary: "Flags links to pages or files of this site that do not exist.",
        rationale: """
            Internal links break when a post is renamed, moved or has its slug changed. Links may be written as \
            page URLs (`/posts/other/`), relative URLs (`../other/`) or source files (`other.md`), which the build \
            rewrites to the page's URL (`@/posts/other.md` as in Zola, `.qmd` as in Quarto). Site-absolute paths are \
            read under the base path of `base_url` whether or not they spell it. External links (`https://…` \
            outside the site's base URL) are not checked. Images are checked by `missing-image`, links to drafts \
            and scheduled posts by `unpublished-link`.
            """,
        defaultSeverity: .error, scope: LintScope.structure, category: .links,
        triggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [the other post](↓/posts/missing/).\n"),
                .init(path: "Content/posts/b.md", text: "Hello.\n"),
            ]),
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [b](↓c.md) and [b](b.md).\n"),
                .init(path: "Content/posts/b.md", text: "Hello.\n"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a.md", text: "See [b](/posts/b/), [b](../b/), [b](b.md) and [x](https://example.com/x).\n"),
                .init(path: "Content/posts/b.md", text: "Hello.\n"),
            ]),
            RuleExample("Write `[x](/nowhere/)` to link.\n", note: "code is not checked"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds links whose target page or file is missing.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let site = context.site else { return [] }
        // Sorted once; suggestions memoised per destination, since a broken target tends to recur.
        let pages = Suggestion.Index(site.urlBySourcePath.values.sorted())
        var nearest: [String: String?] = [:]
        return LinkProblems.problems(in: context, site: site).compactMap { problem in
            guard case .missingTarget = problem.kind, !problem.isImage else { return nil }
            let own = site.urlBySourcePath[problem.location.file]
            let key = problem.destination + "\u{0}" + (own ?? "")
            if nearest[key] == nil {
                nearest[key] = .some(pages.nearest(to: problem.destination, excluding: own))
            }
            let hint = (nearest[key] ?? nil).map { "did you mean `\($0)`?" }
                ?? "check the path; pages are linked by URL (`/posts/slug/`) or by source file (`other.md`)"
            return Diagnostic(.error, "link target `\(problem.destination)` does not exist in this site", at: problem.location, rule: Self.id, hint: hint)
        }
    }
}
