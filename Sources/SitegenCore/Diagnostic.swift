/// One finding about the user's input, in the single shape every stage reports:
/// `path:line:col: severity: message [rule-id]`, followed by an optional hint.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is; ordered so that `error > warning > note`.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

        /// Orders by seriousness.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary place that explains the finding (for example the original of a copy).
    public struct Related: Hashable, Sendable, Codable {
        /// Where the related thing is.
        public var location: SourceLocation
        /// What it is, lowercase.
        public var message: String

        /// Creates a related location.
        public init(location: SourceLocation, message: String) {
            self.location = location
            self.message = message
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// Lowercase, naming the offending thing.
    public var message: String
    /// Where it is; nil for problems without a place (for example a missing directory).
    public var location: SourceLocation?
    /// The rule or check that produced it, e.g. `undefined-citation`.
    public var ruleID: String?
    /// A suggested fix, shown on the next line.
    public var hint: String?
    /// Other places that explain the finding.
    public var related: [Related]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
        rule ruleID: String? = nil, hint: String? = nil, related: [Related] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.ruleID = ruleID
        self.hint = hint
        self.related = related
    }

    /// An error diagnostic.
    public static func error(
        _ message: String, at location: SourceLocation? = nil, rule: String? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, rule: rule, hint: hint)
    }

    /// A warning diagnostic.
    public static func warning(
        _ message: String, at location: SourceLocation? = nil, rule: String? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, rule: rule, hint: hint)
    }

    /// The first line: `path:line:col: severity: message [rule-id]`.
    public var headline: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let ruleID { text += " [\(ruleID)]" }
        return text
    }

    /// The headline plus the hint on its own indented line.
    public var description: String {
        guard let hint else { return headline }
        return headline + "\n  hint: " + hint
    }
}
