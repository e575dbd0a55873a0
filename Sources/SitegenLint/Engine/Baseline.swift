import Foundation
import SitegenCore

/// Accepted findings, keyed on content fingerprints (not line numbers), so CI fails on new findings only.
///
/// Each fingerprint carries a count: a file with the same offending line three times has three findings,
/// and a fourth copy is new.
public struct Baseline: Sendable, Hashable {
    /// One accepted fingerprint.
    public struct Entry: Sendable, Hashable, Codable {
        /// The content fingerprint.
        public var fingerprint: String
        /// The rule id (for people reading the file; matching uses the fingerprint).
        public var rule: String
        /// The path (for people reading the file).
        public var path: String
        /// How many findings share the fingerprint.
        public var count: Int
        /// The normalised offending text, shortened.
        public var text: String

        /// Creates an entry.
        public init(fingerprint: String, rule: String, path: String, count: Int, text: String) {
            self.fingerprint = fingerprint
            self.rule = rule
            self.path = path
            self.count = count
            self.text = text
        }
    }

    /// The format version written to and required from files.
    public static let version = 1

    /// Entries sorted by path, rule, fingerprint.
    public var entries: [Entry]

    /// A baseline that accepts exactly `findings`.
    public init(findings: [LintFinding]) {
        var byFingerprint: [String: Entry] = [:]
        for finding in findings {
            byFingerprint[finding.fingerprint, default: Entry(
                fingerprint: finding.fingerprint, rule: finding.ruleID, path: finding.path, count: 0, text: finding.excerpt
            )].count += 1
        }
        entries = byFingerprint.values.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
    }

    /// Splits `findings` into the new ones and the number the baseline accepts.
    public func filter(_ findings: [LintFinding]) -> (new: [LintFinding], baselined: Int) {
        var remaining = Dictionary(entries.map { ($0.fingerprint, $0.count) }, uniquingKeysWith: +)
        var fresh: [LintFinding] = []
        for finding in findings {
            if let left = remaining[finding.fingerprint], left > 0 {
                remaining[finding.fingerprint] = left - 1
            } else {
                fresh.append(finding)
            }
        }
        return (fresh, findings.count - fresh.count)
    }

    /// The baseline file's text: deterministic, pretty JSON ending in a newline.
    public func encoded() -> String {
        let items: [JSONValue] = entries.map { entry in
            .object([
                ("fingerprint", .string(entry.fingerprint)), ("rule", .string(entry.rule)), ("path", .string(entry.path)),
                ("count", .int(entry.count)), ("text", .string(entry.text)),
            ])
        }
        let root = JSONValue.object([
            ("version", .int(Self.version)), ("tool", .string("sitegen lint")), ("findings", .array(items)),
        ])
        return root.rendered() + "\n"
    }

    /// Reads a baseline file's text; a wrong shape or version is a diagnostic naming the file.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> Baseline {
        struct File: Decodable {
            var version: Int
            var findings: [Entry]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw Diagnostic.error(
                "baseline \(path) is not a sitegen lint baseline", at: SourceLocation(file: path), rule: "lint-baseline",
                hint: "write one with `sitegen lint --write-baseline \(path)`")
        }
        guard file.version == version else {
            throw Diagnostic.error(
                "baseline \(path) has version \(file.version), expected \(version)", at: SourceLocation(file: path),
                rule: "lint-baseline", hint: "write it again with `sitegen lint --write-baseline \(path)`")
        }
        var baseline = Baseline(findings: [])
        baseline.entries = file.findings.filter { $0.count > 0 }
        return baseline
    }
}
