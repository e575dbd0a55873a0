import SitegenCore

/// The outcome of a lint run: findings in report order, counts of what was filtered, and notes about the run.
public struct LintResult: Sendable {
    /// Findings after scope, ignore, suppression (and baseline, once applied), sorted by path, line, column, rule.
    public var findings: [LintFinding]
    /// How many findings suppression comments removed.
    public var suppressed: Int
    /// How many findings the baseline accepted.
    public var baselined: Int
    /// Warnings about the run itself: unknown rule ids in comments, config problems.
    public var notes: [Diagnostic]
    /// How many files (Markdown and feeds) were reported on.
    public var filesChecked: Int
    /// The descriptions of the rules that ran, sorted by id.
    public var rules: [RuleDescription]

    /// Creates a result.
    public init(
        findings: [LintFinding], suppressed: Int = 0, baselined: Int = 0, notes: [Diagnostic] = [],
        filesChecked: Int = 0, rules: [RuleDescription] = []
    ) {
        self.findings = findings
        self.suppressed = suppressed
        self.baselined = baselined
        self.notes = notes
        self.filesChecked = filesChecked
        self.rules = rules
    }

    /// The result without the findings `baseline` accepts.
    public func applying(_ baseline: Baseline) -> LintResult {
        var copy = self
        let (fresh, accepted) = baseline.filter(findings)
        copy.findings = fresh
        copy.baselined += accepted
        return copy
    }

    /// How many findings have `severity`.
    public func count(_ severity: Diagnostic.Severity) -> Int {
        findings.count { $0.severity == severity }
    }

    /// How many distinct files have findings.
    public var filesWithFindings: Int {
        Set(findings.map(\.path)).count
    }

    /// 1 when a finding is at or above `failOn`, else 0 (usage and internal errors, 2, are the CLI's business).
    public func exitCode(failOn: Diagnostic.Severity) -> Int32 {
        findings.contains { $0.severity >= failOn } ? 1 : 0
    }
}
