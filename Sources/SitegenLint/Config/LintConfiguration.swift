import SitegenCore

/// The `lint:` block of `sitegen.yml`, interpreted: per-rule settings, ignored paths and the failure threshold.
///
/// ```yaml
/// lint:
///   fail_on: warning
///   ignore: ["Content/drafts/**"]
///   baseline: .sitegen/lint-baseline.json
///   rules:
///     stock-phrases: off
///     duplicate-paragraph: error
///     ngram-repetition: { severity: note, min_count: 4, scope: [prose, quote] }
/// ```
public struct LintConfiguration: Sendable {
    /// The keys the `lint:` block understands.
    public static let knownKeys = ["baseline", "fail_on", "ignore", "rules"]
    /// The keys every rule understands besides its options.
    public static let commonRuleKeys = ["enabled", "scope", "severity"]

    /// Settings per rule id; rules not listed use their defaults.
    public var rules: [String: RuleConfiguration]
    /// Glob patterns (relative to the site root) whose files are not reported on.
    public var ignore: [String]
    /// Findings at or above this severity make `sitegen lint` exit 1.
    public var failOn: Diagnostic.Severity
    /// A baseline file named in the config, relative to the site root.
    public var baselinePath: String?

    /// The defaults for every registered rule.
    public init(rules: [any LintRule.Type] = RuleRegistry.all) {
        var resolved: [String: RuleConfiguration] = [:]
        for rule in rules { resolved[rule.description.id] = RuleConfiguration(defaultsOf: rule.description) }
        self.rules = resolved
        self.ignore = []
        self.failOn = .error
        self.baselinePath = nil
    }

    /// The settings of `ruleID` (defaults when it is unknown to this configuration).
    public func configuration(for rule: any LintRule.Type) -> RuleConfiguration {
        rules[rule.description.id] ?? RuleConfiguration(defaultsOf: rule.description)
    }

    /// True when `path` matches an `ignore:` pattern.
    public func isIgnored(_ path: String) -> Bool {
        ignore.contains { Glob.matches($0, path) }
    }
}
