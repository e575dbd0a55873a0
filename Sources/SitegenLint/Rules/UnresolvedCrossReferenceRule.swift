import SitegenCore

/// `@fig-x`, `@tbl-x`, `@eq-x`, `@sec-x` (or `@posts/other#fig-x`) naming a label that is not defined.
public struct UnresolvedCrossReferenceRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "unresolved-cross-reference", name: "Unresolved cross-reference",
        summary: "Flags cross-references to figure, table, equation or section labels that do not exist.",
        rationale: """
            An unresolved `@fig-x` renders as "??" or as the raw label. Usually the label was renamed or the \
            figure moved to another post; fix the label or write `@posts/other-post#fig-x` for another post.
            """,
        defaultSeverity: .error, scope: LintScope.structure, category: .structure,
        triggeringExamples: [
            RuleExample("As ↓@fig-growht shows, posts doubled.\n\n![Posts per month](g.png){#fig-growth}\n"),
            RuleExample("See ↓@tbl-missing.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("As @fig-growth shows, posts doubled.\n\n![Posts per month](g.png){#fig-growth}\n"),
            RuleExample("## Method {#sec-method}\n\nAs described in @sec-method.\n"),
            RuleExample("Write `@fig-x` to refer to a figure.\n", note: "code is not checked"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds references whose label is not defined in the post they name.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var labelsByDocument: [String: Set<String>] = [:]
        func labels(of document: Document) -> Set<String> {
            if let known = labelsByDocument[document.id] { return known }
            var set = Set(LabelIndex.labels(in: document).map(\.id))
            set.formUnion(document.sections.map(\.id))
            labelsByDocument[document.id] = set
            return set
        }
        var out: [Diagnostic] = []
        for document in context.documents {
            for (inline, _, _) in DocumentWalker.inlines(of: document) {
                guard case .crossReference(let reference) = inline else { continue }
                let target = reference.document.map { context.document(id: $0) } ?? document
                guard let target else {
                    out.append(missingDocument(reference))
                    continue
                }
                let defined = labels(of: target)
                if !defined.contains(reference.label) { out.append(missingLabel(reference, candidates: defined)) }
            }
        }
        return out
    }

    private func missingDocument(_ reference: CrossReference) -> Diagnostic {
        let name = reference.document ?? ""
        return Diagnostic(
            .error, "cross-reference `@\(name)#\(reference.label)` names a post that does not exist",
            at: reference.location, rule: Self.id, hint: "check the post's id: its path under Content/ without `.md`")
    }

    private func missingLabel(_ reference: CrossReference, candidates: Set<String>) -> Diagnostic {
        let written = (reference.document.map { "\($0)#" } ?? "") + reference.label
        let hint = Suggestion.nearest(to: reference.label, in: candidates.sorted()).map { "did you mean `@\($0)`?" }
            ?? "define it with `{#\(reference.label)}` on the figure, table, equation or heading"
        let place = reference.document == nil ? "this post" : "that post"
        return Diagnostic(.error, "cross-reference `@\(written)` names no label in \(place)", at: reference.location, rule: Self.id, hint: hint)
    }
}
