import SitegenCore

/// Bibliography entries no post cites (and no `nocite` lists).
public struct UnusedBibliographyEntryRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "unused-bibliography-entry", name: "Unused bibliography entry",
        summary: "Flags bibliography entries that no document cites.",
        rationale: """
            Unused entries are harmless in the output (only cited works are listed) but usually mean a citation \
            was lost in an edit or a key is misspelt on one side. List deliberate extras in `nocite`.
            """,
        defaultSeverity: .note, scope: LintScope.structure, category: .citations,
        triggeringExamples: [
            RuleExample(files: [
                .init(path: "Content/posts/example.md", text: "Cites [@smith2020].\n"),
                .init(path: "Content/references.bib", text: "@article{smith2020,\n  title = {One}\n}\n\n↓@book{jones2019,\n  title = {Two}\n}\n"),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample("Cites [@a] and @b.\n", bibliography: ["a", "b"]),
            RuleExample("---\ntitle: T\nnocite: \"@*\"\n---\nNothing cited.\n", bibliography: ["a"]),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds entries whose key is never cited, at the entry.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let bibliography = context.bibliography else { return [] }
        var cited: Set<String> = []
        for document in context.documents {
            let (keys, all) = CitationIndex.usedKeys(in: [document])
            let own = Set(BibliographyInventory.ownFiles(of: document))
            for entry in bibliography.entries where all || keys.contains(entry.key) {
                let file = entry.location.file
                if bibliography.siteFiles?.contains(file) ?? true || own.contains(file) { cited.insert(file + "#" + entry.key) }
            }
        }
        var reported: Set<String> = []
        return bibliography.entries.compactMap { entry in
            let id = entry.location.file + "#" + entry.key
            guard !cited.contains(id), !bibliography.alsoCited.contains(entry.key), reported.insert(id).inserted else { return nil }
            return Diagnostic(
                .note, "bibliography entry `\(entry.key)` is never cited", at: entry.location, rule: Self.id,
                hint: "cite it with `[@\(entry.key)]`, list it in `nocite`, or remove it")
        }
    }
}
