import Foundation
import SitegenAnalysis
import SitegenCore

/// Runs the enabled rules over a context and turns their diagnostics into sorted, filtered findings.
///
/// Order of filters: rule scope (code, math, quotes…), `ignore:` globs and target paths, inline suppression
/// comments, duplicates. The baseline is applied afterwards with `LintResult.applying(_:)`, so the same run can
/// also write a new baseline.
public struct Linter: Sendable {
    /// Rule settings, ignored paths and the failure threshold.
    public var configuration: LintConfiguration
    /// The rules to consider (enabled ones run).
    public var rules: [any LintRule.Type]
    /// When set, only findings in these paths are reported (the rules still see every document).
    public var targets: Set<String>?

    /// Creates a linter.
    public init(
        configuration: LintConfiguration = LintConfiguration(), rules: [any LintRule.Type] = RuleRegistry.all,
        targets: Set<String>? = nil
    ) {
        self.configuration = configuration
        self.rules = rules
        self.targets = targets
    }

    /// The enabled rules with their settings, sorted by id.
    public var enabledRules: [(rule: any LintRule.Type, configuration: RuleConfiguration)] {
        rules.map { ($0, configuration.configuration(for: $0)) }
            .filter { $0.1.enabled }
            .sorted { $0.0.description.id < $1.0.description.id }
    }

    /// Lints `context`.
    public func lint(_ context: LintContext) -> LintResult {
        let enabled = enabledRules
        let context = prepared(context, for: enabled)
        let sources = Self.rawSources(context.sources)
        let scopes = ScopeMap(context: context, sources: sources)
        let known = Set(rules.map { $0.description.id })
        var suppressions: [String: Suppressions] = [:]
        var notes: [Diagnostic] = []
        for path in sources.keys.sorted() where isReported(path) {
            guard let source = sources[path] else { continue }
            let (parsed, warnings) = Suppressions.parse(source, path: path, knownRules: known)
            suppressions[path] = parsed
            notes += warnings
        }
        var findings: [LintFinding] = []
        var seen: Set<String> = []
        var suppressedCount = 0
        // Rules are independent readers of the context: check them on all cores, then merge in rule order.
        let results = Array(enabled.indices).parallelMap { i in
            enabled[i].rule.init(configuration: enabled[i].configuration).check(context)
        }
        for (index, (rule, settings)) in enabled.enumerated() {
            for diagnostic in results[index] {
                let id = rule.description.id
                guard keeps(diagnostic, scope: settings.scope, scopes: scopes) else { continue }
                if let location = diagnostic.location, suppressions[location.file]?.suppresses(id, line: location.line) == true {
                    suppressedCount += 1
                    continue
                }
                let finding = makeFinding(diagnostic, rule: id, severity: settings.severity, sources: sources)
                guard seen.insert("\(id)\u{1F}\(diagnostic.location?.description ?? "")\u{1F}\(diagnostic.message)").inserted else { continue }
                findings.append(finding)
            }
        }
        return LintResult(
            findings: findings.sorted(by: LintFinding.reportOrder), suppressed: suppressedCount, notes: notes,
            filesChecked: checkedFiles(context), rules: enabled.map { $0.rule.description })
    }

    /// Every source split into lines and classified, on all cores.
    private static func rawSources(_ texts: [String: String]) -> [String: RawSource] {
        let paths = Array(texts.keys)
        return Dictionary(uniqueKeysWithValues: zip(paths, paths.parallelMap { RawSource(texts[$0] ?? "") }))
    }

    /// The context with the analysis report filled in when an enabled rule needs it and the caller gave none;
    /// the analyser runs with the thresholds of the enabled analysis rules.
    func prepared(_ context: LintContext, for enabled: [(rule: any LintRule.Type, configuration: RuleConfiguration)]) -> LintContext {
        guard context.analysis == nil, enabled.contains(where: { $0.rule.description.needsAnalysis }) else { return context }
        var options = AnalysisOptions()
        options.reportUnsupportedClaims = false
        for (rule, settings) in enabled {
            (rule as? any AnalysisRule.Type)?.configure(&options, with: settings)
        }
        var copy = context
        copy.analysis = Analyzer(options: options).analyze(context.documents)
        return copy
    }

    private func isReported(_ path: String) -> Bool {
        !configuration.isIgnored(path) && (targets?.contains(path) ?? true)
    }

    private func keeps(_ diagnostic: Diagnostic, scope: Set<LintScope>, scopes: ScopeMap) -> Bool {
        guard let location = diagnostic.location else { return true }
        return isReported(location.file) && scope.contains(scopes.scope(of: location))
    }

    private func checkedFiles(_ context: LintContext) -> Int {
        var paths = Set(context.documents.map(\.sourcePath))
        paths.formUnion(context.feeds.map(\.source))
        return paths.filter(isReported).count
    }

    /// Stamps rule and severity, converts columns, and fingerprints the offending line.
    private func makeFinding(
        _ diagnostic: Diagnostic, rule: String, severity: Diagnostic.Severity, sources: [String: RawSource]
    ) -> LintFinding {
        let location = diagnostic.location
        let source = location.flatMap { sources[$0.file] }
        let lineText = location.flatMap { source?.line($0.line) }
        let basis = lineText.map(Fingerprint.normalise) ?? Fingerprint.normalise(diagnostic.message.filter { !$0.isNumber })
        let fingerprint = Fingerprint.of([rule, location?.file ?? "", basis].joined(separator: "\u{1F}"))
        let utf16: (SourceLocation) -> Int = { place in
            sources[place.file]?.utf16Column(line: place.line, column: place.column) ?? place.column
        }
        return LintFinding(
            ruleID: rule, severity: severity, message: diagnostic.message, location: location, hint: diagnostic.hint,
            related: diagnostic.related, fingerprint: fingerprint, excerpt: String(basis.prefix(80)),
            utf16Column: location.map(utf16), relatedUTF16Columns: diagnostic.related.map { utf16($0.location) })
    }
}
