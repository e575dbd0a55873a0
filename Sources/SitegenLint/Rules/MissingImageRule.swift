import SitegenCore

/// Images whose file the build will not publish.
public struct MissingImageRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "missing-image", name: "Missing image",
        summary: "Flags images whose file will not exist in the built site.",
        rationale: """
            A missing image is a broken icon on the page and in every feed reader. A relative source (`plot.png`) \
            is looked up beside the page: put the file in the post's page bundle (`Content/posts/<slug>/index.md` \
            with the image beside it). A site-absolute source (`/img/plot.png`) is a file under `Content/static/`.
            """,
        defaultSeverity: .warning, scope: LintScope.structure, category: .links,
        triggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a/index.md", text: "![A plot](↓plot.png)\n\nAnd ![a logo](↓/img/logo.png).\n"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/a/index.md", text: "![A plot](plot.png)\n\nAnd ![a logo](/img/logo.png).\n"),
                .init(path: "Content/posts/a/plot.png", text: ""),
                .init(path: "Content/static/img/logo.png", text: ""),
            ]),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds images whose file is missing.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let site = context.site else { return [] }
        var seen: Set<SourceLocation> = []
        return LinkProblems.problems(in: context, site: site).compactMap { problem in
            guard problem.isImage, seen.insert(problem.location).inserted else { return nil }
            let source = LinkResolver.split(problem.destination).path
            let hint: String
            if case .unpublished = problem.kind {
                return nil
            } else if source.hasPrefix("/") {
                hint = "put the file at \(site.sourceRoot.isEmpty ? "" : site.sourceRoot + "/static")\(source.removingPercentEncoding ?? source), or fix the path"
            } else if problem.location.file.hasSuffix("/index.md") || problem.location.file.hasSuffix("/index.qmd") {
                hint = "put the file next to the post's source file, or fix the path"
            } else {
                hint = "make the post a page bundle (Content/posts/<slug>/index.md with the image beside it) or use a /path under Content/static/"
            }
            return Diagnostic(.warning, "image `\(problem.destination)` not found", at: problem.location, rule: Self.id, hint: hint)
        }
    }
}
