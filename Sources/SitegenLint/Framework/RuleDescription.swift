import SitegenCore

/// Everything a rule says about itself: identity, purpose, defaults, options and examples.
///
/// `sitegen lint --list-rules`, `--explain`, SARIF rule metadata, docs and the generic example test all read it.
public struct RuleDescription: Sendable {
    /// What a rule is about, for grouping in listings.
    public enum Category: String, Sendable, CaseIterable {
        /// Repeated or templated text.
        case repetition
        /// Claims restated, circular or unsupported.
        case claims
        /// Citations and bibliographies.
        case citations
        /// Figures, tables, labels and cross-references.
        case structure
        /// Links and anchors.
        case links
        /// Ingested or linted feeds.
        case feeds
    }

    /// The id used in config, suppression comments and output, kebab-case.
    public var id: String
    /// A short human name.
    public var name: String
    /// One sentence: what it flags.
    public var summary: String
    /// Why it matters and how to fix it.
    public var rationale: String
    /// Severity unless configured otherwise.
    public var defaultSeverity: Diagnostic.Severity
    /// Where it fires unless configured otherwise.
    public var scope: Set<LintScope>
    /// Its group.
    public var category: Category
    /// Configurable thresholds and lists, with defaults.
    public var options: [RuleOption]
    /// True when the rule reads the analysis report (the linter then runs the analyser if none was given).
    public var needsAnalysis: Bool
    /// Inputs that must trigger the rule, with `↓` before each expected finding.
    public var triggeringExamples: [RuleExample]
    /// Inputs that must not trigger it.
    public var nonTriggeringExamples: [RuleExample]

    /// Creates a description.
    public init(
        id: String, name: String, summary: String, rationale: String,
        defaultSeverity: Diagnostic.Severity = .warning, scope: Set<LintScope> = LintScope.wording,
        category: Category, options: [RuleOption] = [], needsAnalysis: Bool = false,
        triggeringExamples: [RuleExample] = [], nonTriggeringExamples: [RuleExample] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.scope = scope
        self.category = category
        self.options = options
        self.needsAnalysis = needsAnalysis
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The option named `key`, if the rule has one.
    public func option(_ key: String) -> RuleOption? {
        options.first { $0.key == key }
    }
}
