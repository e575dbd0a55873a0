import SitegenCore

/// The same citation key defined by two bibliography entries.
public struct DuplicateCitationKeyRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "duplicate-citation-key", name: "Duplicate citation key",
        summary: "Flags bibliography entries whose key is already defined.",
        rationale: """
            With two entries under one key, which one a citation shows depends on file order, and one of the \
            works can never be cited. Merge the entries or give the second its own key.
            """,
        defaultSeverity: .error, scope: LintScope.structure, category: .citations,
        triggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/example.md", text: "Cites [@smith2020].\n"),
                .init(path: "Content/references.bib", text: "@article{smith2020,\n  title = {One}\n}\n\n↓@book{smith2020,\n  title = {Two}\n}\n"),
            ]),
        ],
        nonTriggeringExamples: [RuleExample("Cites [@a].\n", bibliography: ["a", "b"])])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Uses the bibliography stage's findings when it checked; otherwise compares entries itself.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let bibliography = context.bibliography, !bibliography.checkedByStage else {
            // The bibliography readers report duplicates under this rule's id.
            return context.stageDiagnostics(rule: Self.id)
        }
        var first: [String: SourceLocation] = [:]
        var out: [Diagnostic] = []
        // Keys are unique per file (a post may reuse a key of another post's own bibliography), and
        // across the site-wide files, which every post sees.
        for entry in bibliography.entries {
            let scope = bibliography.siteFiles?.contains(entry.location.file) ?? true ? "" : entry.location.file
            guard let original = first[scope + "#" + entry.key] else {
                first[scope + "#" + entry.key] = entry.location
                continue
            }
            out.append(Diagnostic(
                .error, "citation key `\(entry.key)` is defined twice", at: entry.location, rule: Self.id,
                hint: "merge the two entries or rename this one",
                related: [Diagnostic.Related(location: original, message: "first entry with key `\(entry.key)`")]))
        }
        return out
    }
}
