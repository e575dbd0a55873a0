/// The one list of built-in rules; everything that enumerates rules (config, listing, docs, tests) reads it.
public enum RuleRegistry {
    /// Every built-in rule, grouped by category.
    public static let all: [any LintRule.Type] = [
        // structure
        MissingAltTextRule.self,
        MissingCaptionRule.self,
        DuplicateLabelRule.self,
        UnresolvedCrossReferenceRule.self,
        // links
        BrokenInternalLinkRule.self,
        BrokenAnchorRule.self,
        // citations
        UndefinedCitationRule.self,
        DuplicateCitationKeyRule.self,
        UnusedBibliographyEntryRule.self,
        // feeds
        FeedInvalidRule.self,
    ]

    /// The rule with `id`, if any.
    public static func rule(id: String) -> (any LintRule.Type)? {
        all.first { $0.description.id == id }
    }

    /// Every rule id, sorted.
    public static var ids: [String] {
        all.map { $0.description.id }.sorted()
    }
}
