import SitegenAnalysis
import SitegenCore

/// A rule that reports one kind of analysis finding: a thin adapter over `AnalysisReport`.
///
/// Its options are the analyser's thresholds; the linter copies them into `AnalysisOptions` before it runs the
/// analyser (when the caller gave no report), so `lint.rules.<id>.<option>` tunes detection itself.
public protocol AnalysisRule: LintRule {
    /// The finding kind the rule reports (its raw value is the rule id).
    static var kind: FindingKind { get }
    /// A fix suggestion added to every finding.
    static var hint: String { get }
    /// Copies the rule's configured options into the analyser's thresholds.
    static func configure(_ options: inout AnalysisOptions, with configuration: RuleConfiguration)
}

extension AnalysisRule {
    /// The report's findings of this kind, with the rule's hint.
    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let report = context.analysis else { return [] }
        return report.findings(of: Self.kind).map(Self.diagnostic)
    }

    /// A finding as a diagnostic with the rule's id and hint.
    public static func diagnostic(_ finding: Finding) -> Diagnostic {
        var diagnostic = finding.diagnostic
        diagnostic.ruleID = id
        diagnostic.hint = diagnostic.hint ?? hint
        return diagnostic
    }
}

extension RuleConfiguration {
    /// An integer option as the analyser wants it.
    func integer(_ key: String, into value: inout Int) {
        value = integer(key, default: value)
    }

    /// A number option as the analyser wants it.
    func number(_ key: String, into value: inout Double) {
        value = number(key, default: value)
    }
}
