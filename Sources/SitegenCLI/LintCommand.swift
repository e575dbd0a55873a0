import ArgumentParser
import Foundation
import SitegenLint
import SitegenCore
import SitegenSite

/// `sitegen lint`: flags repetitive generated text and broken scholarly structure, with CI-grade output.
///
/// Exit codes: 0 no findings at or above `--fail-on`; 1 findings at or above it; 2 usage or internal error.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Flag repetitive or templated text and broken citations, figures, labels and links.",
        discussion: """
            Lints the site's Content/ (or the files and folders given) and any --feed. Outside a site (no \
            Content/ folder), the named Markdown files and folders (.md, .markdown, .qmd) and feeds are linted on \
            their own, with the nearest sitegen.yml above them for configuration, else the defaults. Reports go to standard \
            output in the formats named by --format: FORMAT or FORMAT=PATH, comma-separated or repeated, e.g. \
            `--format text,sarif=lint.sarif`. Formats: text, json, jsonl, sarif, github, checkstyle. \
            Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or internal error. See docs/lint.md.
            """)

    @Argument(help: "Files or folders to report on (default: all of Content/). In a site the whole site is still analysed; files outside Content/ are added to it.")
    var paths: [String] = []

    @Option(name: .long, help: "The site root, holding sitegen.yml and Content/ (default: the current folder).")
    var source: String?

    @Option(name: .long, help: "Output formats: FORMAT[=PATH], comma-separated or repeated (default: text).")
    var format: [String] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning or note.")
    var failOn: String?

    @Option(name: .long, help: "Report only findings not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write every current finding to this baseline file and exit 0.")
    var writeBaseline: String?

    @Option(name: .customLong("changed-since"), help: "Report only on files changed since this git revision.")
    var changedSince: String?

    @Option(name: .long, help: "A feed file or URL to lint (repeatable).")
    var feed: [String] = []

    @Option(name: .long, help: "Colour: auto, always or never.")
    var color: String = "auto"

    @Flag(name: .customLong("list-rules"), help: "List every rule and exit.")
    var listRules = false

    @Option(name: .long, help: "Explain a rule: what it flags, why, its options and examples.")
    var explain: String?

    func run() async throws {
        do {
            let status = try await execute()
            if status != 0 { throw ExitCode(status) }
        } catch let error as ExitCode {
            throw error
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(2)
        } catch let diagnostic as Diagnostic {
            Terminal.report([diagnostic])
            throw ExitCode(2)
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Runs the command; returns the exit status (0 or 1), throwing for usage and internal errors.
    func execute() async throws -> Int32 {
        let root = URL(fileURLWithPath: siteRoot)
        let inSite = FileManager.default.fileExists(atPath: root.appendingPathComponent("Content").path)
        let configRoot = inSite || source != nil ? root : (Self.nearestConfigFolder(from: paths.first ?? ".") ?? root)
        let loadedConfig = try SitegenError.withContext("failed to read the configuration") { try SiteConfigLoader.load(root: configRoot) }
        let (configuration, configNotes) = LintConfiguration.parse(loadedConfig.config.lint)
        if listRules {
            FileHandle.standardOutput.write(Data(RuleCatalog.table(configuration: configuration).utf8))
            return 0
        }
        if let explain { return try explainRule(explain) }
        let specs = try ReportSpec.parse(format)
        let threshold = try failOnSeverity(default: configuration.failOn)
        guard inSite || !paths.isEmpty || !feed.isEmpty else {
            throw SitegenError("no Content/ folder in \(root.path)", diagnostics: [
                .error("no Content/ folder", at: SourceLocation(file: root.path), rule: "usage",
                       hint: "run sitegen lint in the site's root, pass --source DIR, or name files or folders to lint"),
            ])
        }
        // Outside a site, a missing sitegen.yml is normal: the defaults apply without a warning.
        let configDiagnostics = inSite || Self.hasConfig(configRoot) ? loadedConfig.diagnostics : []
        Terminal.report(configDiagnostics.filter { $0.severity != .note } + configNotes)
        let loader = LintLoader(root: root, config: loadedConfig.config)
        var loaded = inSite ? try loader.loadSite() : LintLoader.Loaded(context: LintContext(documents: []))
        let (named, external) = try namedPaths(loaded.context, inSite: inSite)
        loader.load(external: external, into: &loaded)
        if !inSite { loaded.context.bibliography = loader.bibliography(into: &loaded, siteWide: false) }
        for location in feed { await loader.load(feed: location, into: &loaded) }
        let targets = try targetPaths(loaded.context, named: named)
        let linter = Linter(configuration: configuration, targets: targets)
        var result = linter.lint(loaded.context)
        // Parse problems (front matter, unclosed divs) are not lint rules, but the author should see them.
        Terminal.report(loaded.diagnostics + loaded.context.stageDiagnostics.filter { RuleRegistry.rule(id: $0.ruleID ?? "") == nil } + result.notes)
        if let writeBaseline {
            try write(Baseline(findings: result.findings).encoded(), to: writeBaseline)
            Terminal.err("wrote \(result.findings.count) findings to \(writeBaseline)")
            return 0
        }
        if let baselineFile = try baselinePath(configuration, root: configRoot) {
            result = result.applying(try readBaseline(baselineFile))
        }
        try emit(result, specs: specs, root: inSite ? root : URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return result.exitCode(failOn: threshold)
    }

    /// `--source`, else the current folder.
    var siteRoot: String { source ?? "." }
}
