import SitegenCore

/// One rule's resolved settings: on or off, severity, scope and option values (defaults filled in).
public struct RuleConfiguration: Sendable, Hashable {
    /// Whether the rule runs.
    public var enabled: Bool
    /// The severity its findings get.
    public var severity: Diagnostic.Severity
    /// Where it may fire.
    public var scope: Set<LintScope>
    /// Option values by key; every option of the rule is present.
    public var options: [String: MetaValue]

    /// Creates a configuration.
    public init(enabled: Bool = true, severity: Diagnostic.Severity, scope: Set<LintScope>, options: [String: MetaValue]) {
        self.enabled = enabled
        self.severity = severity
        self.scope = scope
        self.options = options
    }

    /// The defaults of a rule.
    public init(defaultsOf description: RuleDescription) {
        var options: [String: MetaValue] = [:]
        for option in description.options { options[option.key] = option.defaultValue }
        self.init(severity: description.defaultSeverity, scope: description.scope, options: options)
    }

    /// An integer option, or `fallback` when missing or mistyped.
    public func integer(_ key: String, default fallback: Int) -> Int {
        guard case .number(let n)? = options[key], n.isFinite, abs(n) < 1e9 else { return fallback }
        return Int(n)
    }

    /// A number option, or `fallback`.
    public func number(_ key: String, default fallback: Double) -> Double {
        guard case .number(let n)? = options[key], n.isFinite else { return fallback }
        return n
    }

    /// A boolean option, or `fallback`.
    public func boolean(_ key: String, default fallback: Bool) -> Bool {
        guard case .bool(let b)? = options[key] else { return fallback }
        return b
    }

    /// A string-list option (a single string counts as a one-element list), or empty.
    public func strings(_ key: String) -> [String] {
        options[key]?.stringList ?? []
    }
}
