import SitegenCore

/// The one list of built-in rules; everything that enumerates rules (config, listing, docs, tests) reads it.
public enum RuleRegistry {
    /// Every built-in rule, grouped by category.
    public static let all: [any LintRule.Type] = [
        // repetition and templates (analysis)
        RewrittenSectionRule.self,
        DuplicateParagraphRule.self,
        LabelScaffoldingRule.self,
        RepeatedHeadingPatternRule.self,
        StockPhrasesRule.self,
        SourceRepetitionRule.self,
        NgramRepetitionRule.self,
        // claims (analysis)
        RestatedClaimChainRule.self,
        CircularClaimChainRule.self,
        UnsupportedCausalClaimRule.self,
        // structure
        MissingAltTextRule.self,
        MissingCaptionRule.self,
        DuplicateLabelRule.self,
        UnresolvedCrossReferenceRule.self,
        // links
        BrokenInternalLinkRule.self,
        BrokenAnchorRule.self,
        MissingImageRule.self,
        UnpublishedLinkRule.self,
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

extension RuleRegistry {
    /// The rule id a misspelt or shortened `id` most likely means: the nearest by edit distance, else the one
    /// id that starts with or contains it (`missing-alt` → `missing-alt-text`).
    public static func suggestion(for id: String, among candidates: some Sequence<String> = ids) -> String? {
        let sorted = candidates.sorted()
        if let near = Suggestion.nearest(to: id, in: sorted) { return near }
        let word = id.lowercased()
        guard word.count >= 3 else { return nil }
        let prefixed = sorted.filter { $0.hasPrefix(word) }
        if prefixed.count == 1 { return prefixed[0] }
        let containing = sorted.filter { $0.contains(word) }
        return containing.count == 1 ? containing[0] : nil
    }
}
