import Foundation
import SitegenCore

/// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
///
/// Paths are relative to the repository root under `uriBaseId` `%SRCROOT%`; columns are UTF-16 code units;
/// each result has a content fingerprint and, for copies, related locations pointing at the original.
public struct SARIFReporter: LintReporter {
    /// Shared settings.
    public var options: ReportOptions

    /// The base id that relative artifact URIs hang from.
    public static let sourceRoot = "%SRCROOT%"
    /// The key of the content fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "sitegenContentHash/v1"

    /// Creates the reporter.
    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The SARIF log.
    public func report(_ result: LintResult) -> String {
        let rules = Self.rules(for: result)
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var run: [(String, JSONValue)] = [("tool", .object([("driver", driver(rules))]))]
        if let root = options.sourceRootURI {
            run.append(("originalUriBaseIds", .object([(Self.sourceRoot, .object([("uri", .string(root))]))])))
        }
        run.append(("columnKind", .string("utf16CodeUnits")))
        run.append(("results", .array(result.findings.map { self.result($0, ruleIndex: index[$0.ruleID] ?? 0) })))
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")), ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
        return log.rendered() + "\n"
    }

    /// The rules that ran plus any rule a finding names that did not (so every `ruleIndex` is valid).
    static func rules(for result: LintResult) -> [RuleDescription] {
        var rules = result.rules
        var known = Set(rules.map(\.id))
        for id in result.findings.map(\.ruleID) where known.insert(id).inserted {
            rules.append(RuleRegistry.rule(id: id)?.description ?? RuleDescription(
                id: id, name: id, summary: id, rationale: id, category: .structure))
        }
        return rules
    }

    private func driver(_ rules: [RuleDescription]) -> JSONValue {
        .object([
            ("name", .string("sitegen-lint")), ("version", .string(options.toolVersion)),
            ("rules", .array(rules.map(descriptor))),
        ])
    }

    private func descriptor(_ rule: RuleDescription) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(rule.id)), ("name", .string(Self.pascalCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
        ]
        if let base = options.helpBaseURI { pairs.append(("helpUri", .string(base + rule.id))) }
        pairs += [
            ("help", .object([("text", .string(rule.summary + "\n\n" + rule.rationale))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.defaultSeverity)))])),
            ("properties", .object([("tags", .array([.string(rule.category.rawValue)]))])),
        ]
        return .object(pairs)
    }

    private func result(_ finding: LintFinding, ruleIndex: Int) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("ruleId", .string(finding.ruleID)), ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(finding.severity))), ("message", .object([("text", .string(Self.text(finding)))])),
        ]
        if let location = finding.location {
            pairs.append(("locations", .array([.object([("physicalLocation", physical(location, column: finding.utf16Column))])])))
        }
        pairs.append(("partialFingerprints", .object([(Self.fingerprintKey, .string(finding.fingerprint))])))
        if !finding.related.isEmpty {
            let related = zip(finding.related, finding.relatedUTF16Columns).enumerated().map { offset, pair in
                JSONValue.object([
                    ("id", .int(offset + 1)), ("physicalLocation", physical(pair.0.location, column: pair.1)),
                    ("message", .object([("text", .string(pair.0.message))])),
                ])
            }
            pairs.append(("relatedLocations", .array(related)))
        }
        return .object(pairs)
    }

    private func physical(_ location: SourceLocation, column: Int) -> JSONValue {
        var artifact: [(String, JSONValue)] = [("uri", .string(Self.uri(location.file)))]
        if !Self.isAbsoluteURI(location.file) { artifact.append(("uriBaseId", .string(Self.sourceRoot))) }
        var pairs: [(String, JSONValue)] = [("artifactLocation", .object(artifact))]
        if location.line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .int(location.line))]
            if column > 0 { region.append(("startColumn", .int(column))) }
            pairs.append(("region", .object(region)))
        }
        return .object(pairs)
    }

    /// The message with the hint as a second sentence, since SARIF has no hint field viewers show.
    static func text(_ finding: LintFinding) -> String {
        guard let hint = finding.hint else { return finding.message }
        return finding.message + ". Hint: " + hint
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        severity.rawValue
    }

    /// A relative path percent-encoded as a URI reference; URLs are kept as they are.
    static func uri(_ path: String) -> String {
        if isAbsoluteURI(path) { return path }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative
    }

    static func isAbsoluteURI(_ path: String) -> Bool {
        path.hasPrefix("http://") || path.hasPrefix("https://") || path.hasPrefix("file://")
    }

    /// `stock-phrases` → `StockPhrases`, SARIF's convention for rule names.
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
