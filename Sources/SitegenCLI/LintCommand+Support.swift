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

    /// The named paths that are site files (root-relative, for reporting) and the Markdown files to load beside
    /// the site: everything named outside a site, and files outside Content/ (or not read by the build, such as
    /// `.qmd`) inside one. A path that does not exist is a usage error.
    func namedPaths(_ context: LintContext, inSite: Bool) throws -> (targets: Set<String>?, external: [String]) {
        guard !paths.isEmpty else { return (nil, []) }
        let known = Set(context.sources.keys)
        var chosen: Set<String> = []
        var external: [String] = []
        for path in paths {
            if inSite {
                let relative = normalised(path)
                let matches = known.filter { $0 == relative || $0.hasPrefix(relative.hasSuffix("/") ? relative : relative + "/") || relative == "." }
                chosen.formUnion(matches)
                if !matches.isEmpty { continue }
            }
            guard let files = LintLoader.markdownFiles(at: path) else {
                throw Diagnostic.error("no such file or folder: \(path)", rule: "usage",
                                       hint: inSite ? "paths are relative to the current folder, e.g. Content/posts/x.md" : "name Markdown files (.md, .markdown, .qmd) or folders of them")
            }
            for file in files where !known.contains(normalised(file)) && !chosen.contains(file) {
                external.append(file)
                chosen.insert(file)
            }
        }
        return (chosen, external)
    }

    /// The paths to report on: the named files and folders, narrowed to files changed since `--changed-since`.
    func targetPaths(_ context: LintContext, named: Set<String>?) throws -> Set<String>? {
        let known = Set(context.sources.keys)
        var targets = named
        if let changedSince {
            let changed = try GitChanges.files(since: changedSince, in: URL(fileURLWithPath: siteRoot))
            targets = (targets ?? known).intersection(changed)
        }
        if targets != nil { targets?.formUnion(feed) }
        return targets
    }

    /// The nearest folder at or above `path` (a file or folder) holding sitegen.yml, if any.
    static func nearestConfigFolder(from path: String) -> URL? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            folder.deleteLastPathComponent()
        }
        for _ in 0..<64 {
            if hasConfig(folder) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }

    /// True when the folder holds sitegen.yml or sitegen.yaml.
    static func hasConfig(_ folder: URL) -> Bool {
        ["sitegen.yml", "sitegen.yaml"].contains { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    private func normalised(_ path: String) -> String {
        var path = path
        let rootPrefix = siteRoot == "." ? "" : (siteRoot.hasSuffix("/") ? siteRoot : siteRoot + "/")
        if !rootPrefix.isEmpty && path.hasPrefix(rootPrefix) { path.removeFirst(rootPrefix.count) }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path.isEmpty ? "." : path
    }

    /// `--baseline`, else the config's `baseline:` when that file exists.
    func baselinePath(_ configuration: LintConfiguration, root: URL) throws -> String? {
        if let baseline { return baseline }
        guard let configured = configuration.baselinePath else { return nil }
        let path = root.appendingPathComponent(configured).path
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
            var options = ReportOptions(color: spec.path == nil && useColor, toolVersion: SitegenRelease.version)
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
