import ArgumentParser
import Foundation
import SitegenLint
import SitegenCore
import SitegenSite

extension LintCommand {
    /// Prints `--explain`; an unknown id is a usage error naming the nearest rule.
    func explainRule(_ id: String) throws -> Int32 {
        guard let rule = RuleRegistry.rule(id: id) else {
            let hint = RuleRegistry.suggestion(for: id).map { "did you mean `\($0)`?" }
                ?? "run `sitegen lint --list-rules` for the rule ids"
            throw Diagnostic.error("unknown rule `\(id)`", rule: "usage", hint: hint)
        }
        FileHandle.standardOutput.write(Data(RuleCatalog.explain(rule).utf8))
        return 0
    }

    /// `--fail-on`, else the config's `fail_on`.
    func failOnSeverity(default configured: Diagnostic.Severity) throws -> Diagnostic.Severity {
        guard let failOn else { return configured }
        guard let severity = Diagnostic.Severity(rawValue: failOn.lowercased()) else {
            let hint = Suggestion.nearest(to: failOn, in: Diagnostic.Severity.allCases.map(\.rawValue)).map { "did you mean `\($0)`?" }
                ?? "use error, warning or note"
            throw Diagnostic.error("unknown severity `\(failOn)` for --fail-on", rule: "usage", hint: hint)
        }
        return severity
    }

    /// The paths to report on: the given files and folders, narrowed to files changed since `--changed-since`.
    func targetPaths(_ context: LintContext) throws -> Set<String>? {
        let known = Set(context.sources.keys)
        var targets: Set<String>?
        if !paths.isEmpty {
            var chosen: Set<String> = []
            for path in paths {
                let relative = normalised(path)
                let matches = known.filter { $0 == relative || $0.hasPrefix(relative.hasSuffix("/") ? relative : relative + "/") || relative == "." }
                guard !matches.isEmpty else {
                    throw Diagnostic.error("no Markdown or bibliography file at \(path) under \(source)/Content", rule: "usage",
                                           hint: "paths are relative to the site root, e.g. Content/posts/x.md")
                }
                chosen.formUnion(matches)
            }
            targets = chosen
        }
        if let changedSince {
            let changed = try GitChanges.files(since: changedSince, in: URL(fileURLWithPath: source))
            targets = (targets ?? known).intersection(changed)
        }
        if targets != nil { targets?.formUnion(feed) }
        return targets
    }

    private func normalised(_ path: String) -> String {
        var path = path
        let rootPrefix = source == "." ? "" : (source.hasSuffix("/") ? source : source + "/")
        if !rootPrefix.isEmpty && path.hasPrefix(rootPrefix) { path.removeFirst(rootPrefix.count) }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path.isEmpty ? "." : path
    }

    /// `--baseline`, else the config's `baseline:` when that file exists.
    func baselinePath(_ configuration: LintConfiguration) throws -> String? {
        if let baseline { return baseline }
        guard let configured = configuration.baselinePath else { return nil }
        let path = URL(fileURLWithPath: source).appendingPathComponent(configured).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    func readBaseline(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read baseline \(path)", rule: "usage", hint: "write one with --write-baseline \(path)")
        }
        return try Baseline.decode(data, path: path)
    }

    /// Writes each requested report to its file or to standard output.
    func emit(_ result: LintResult, specs: [ReportSpec], root: URL) throws {
        let useColor = color == "always" || (color == "auto" && Terminal.stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        guard ["auto", "always", "never"].contains(color) else {
            throw Diagnostic.error("unknown colour mode `\(color)`", rule: "usage", hint: "use auto, always or never")
        }
        for spec in specs {
            var options = ReportOptions(color: spec.path == nil && useColor, toolVersion: SitegenCommand.configuration.version)
            options.sourceRootURI = root.standardizedFileURL.absoluteString.hasSuffix("/") ? root.standardizedFileURL.absoluteString : root.standardizedFileURL.absoluteString + "/"
            let text = spec.format.reporter(options: options).report(result)
            if let path = spec.path {
                try write(text, to: path)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw SitegenError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
