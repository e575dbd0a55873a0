import SitegenCore

/// `[@key]` citing a key that no bibliography defines.
public struct UndefinedCitationRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "undefined-citation", name: "Undefined citation",
        summary: "Flags citations whose key is not in the bibliography.",
        rationale: """
            An undefined key renders as "(key?)" and leaves the reference list without the work. The key is \
            usually misspelt or the entry was never added to `references.bib` (or the post's own bibliography).
            """,
        defaultSeverity: .error, scope: LintScope.structure, category: .citations,
        triggeringExamples: [
            RuleExample("As shown before [↓@smith2020].\n", bibliography: ["smith2021", "jones2019"]),
            RuleExample("Both [@jones2019; ↓@doe2018] agree.\n", bibliography: ["smith2021", "jones2019"]),
        ],
        nonTriggeringExamples: [
            RuleExample("As shown before [@smith2021].\n", bibliography: ["smith2021"]),
            RuleExample("Write `[@key]` to cite.\n", bibliography: [], note: "code is not checked"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Uses the bibliography stage's findings when it checked citations; otherwise compares keys itself.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let bibliography = context.bibliography, !bibliography.checkedByStage else {
            return context.stageDiagnostics(rule: Self.id)
        }
        var out: [Diagnostic] = []
        for document in context.documents {
            let defined = bibliography.keys(visibleTo: document)
            let sortedKeys = defined.sorted()
            for item in CitationIndex.items(in: [document]) where !defined.contains(item.key) {
                let hint = Suggestion.nearest(to: item.key, in: sortedKeys).map { "did you mean `@\($0)`?" }
                    ?? "add an entry with this key to the bibliography"
                out.append(Diagnostic(.error, "citation key `@\(item.key)` is not in the bibliography", at: item.location, rule: Self.id, hint: hint))
            }
        }
        return out
    }
}
