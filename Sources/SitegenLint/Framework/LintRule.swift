import SitegenCore

/// A lint rule: a self-describing type that turns a `LintContext` into diagnostics.
///
/// Rules are value types built from their resolved configuration; the `Linter` stamps rule id and severity,
/// drops findings outside the rule's scope, in ignored paths or under suppression comments, and sorts.
public protocol LintRule: Sendable {
    /// What the rule checks, why, its options and its examples.
    static var description: RuleDescription { get }

    /// Creates the rule with its resolved configuration (thresholds, scope, severity).
    init(configuration: RuleConfiguration)

    /// The findings in `context`; locations should point at the offending text.
    func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
    /// The rule's id, e.g. `stock-phrases`.
    public static var id: String { description.id }
}
