import SitegenCore

/// One reported finding: a diagnostic with its rule id, plus what reporters and the baseline need.
public struct LintFinding: Sendable, Hashable {
    /// The rule that produced it.
    public var ruleID: String
    /// Its configured severity.
    public var severity: Diagnostic.Severity
    /// Lowercase, naming the offending thing.
    public var message: String
    /// Where it is; nil for findings without a place.
    public var location: SourceLocation?
    /// A suggested fix.
    public var hint: String?
    /// Other places that explain it (the original of a copy, the first definition of a label).
    public var related: [Diagnostic.Related]
    /// A content hash of rule, path and the normalised offending line; stable when text moves.
    public var fingerprint: String
    /// The normalised offending text the fingerprint was made from (shortened), for baseline files.
    public var excerpt: String
    /// `location.column` in UTF-16 code units (SARIF's column kind); 0 when unknown.
    public var utf16Column: Int
    /// The same for each of `related`.
    public var relatedUTF16Columns: [Int]

    /// Creates a finding.
    public init(
        ruleID: String, severity: Diagnostic.Severity, message: String, location: SourceLocation?,
        hint: String? = nil, related: [Diagnostic.Related] = [], fingerprint: String, excerpt: String = "",
        utf16Column: Int? = nil, relatedUTF16Columns: [Int]? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.related = related
        self.fingerprint = fingerprint
        self.excerpt = excerpt
        self.utf16Column = utf16Column ?? location?.column ?? 0
        self.relatedUTF16Columns = relatedUTF16Columns ?? related.map(\.location.column)
    }

    /// The finding as a Core diagnostic (`path:line:col: severity: message [rule-id]`).
    public var diagnostic: Diagnostic {
        Diagnostic(severity, message, at: location, rule: ruleID, hint: hint, related: related)
    }

    /// The path it is in, or "" when it has no place.
    public var path: String { location?.file ?? "" }

    /// Report order: path, line, column, rule, message.
    public static func reportOrder(_ a: LintFinding, _ b: LintFinding) -> Bool {
        let left = (a.path, a.location?.line ?? 0, a.location?.column ?? 0, a.ruleID, a.message)
        let right = (b.path, b.location?.line ?? 0, b.location?.column ?? 0, b.ruleID, b.message)
        return left < right
    }
}
