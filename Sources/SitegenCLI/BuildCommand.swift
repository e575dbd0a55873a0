import ArgumentParser
import Foundation
import SitegenCore
import SitegenSite

/// `sitegen build`: Content/ + Themes/ + sitegen.yml → Site/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site: Content/ and ingested feeds → HTML pages, RSS, Atom and JSON Feed in Site/.")

    @Option(name: .long, help: "The site root, holding sitegen.yml and Content/.")
    var source: String = "."

    @Option(name: .long, help: "The output folder (replaced only when the build succeeds).")
    var output: String?

    @Flag(name: .long, help: "Include drafts and future-dated posts.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Override base_url from sitegen.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings about citations and cross-references as errors.")
    var strict = false

    @Flag(name: .long, help: "Replace an output folder that holds files sitegen did not make (never the source, Content/ or Themes/).")
    var force = false
    @Flag(name: .customLong("no-cache"), help: "Ignore the build cache in .sitegen/build/: render and write every file.")
    var noCache = false

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: .long, help: "Print the wall and CPU time each build step took.")
    var timings = false

    @Flag(name: .customLong("all-diagnostics"), help: "Print every diagnostic, not only the first 25 of each rule.")
    var allDiagnostics = false

    /// `search index: 41.2 kB (6.1 % of 675.0 kB of HTML pages)`, or nil without a search index.
    static func searchLine(_ summary: BuildSummary) -> String? {
        guard let bytes = summary.searchIndexBytes else { return nil }
        let share = summary.htmlBytes > 0 ? Double(bytes) * 100 / Double(summary.htmlBytes) : 0
        return String(format: "search index: %.1f kB (%.1f %% of %.1f kB of HTML pages)",
                      Double(bytes) / 1000, share, Double(summary.htmlBytes) / 1000)
    }

    private var perRule: Int? { allDiagnostics ? nil : Terminal.defaultPerRule }

    func run() async throws {
        let root = URL(fileURLWithPath: source)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("Site")
        let options = BuildOptions(source: root, output: outputURL, includeDrafts: drafts, baseURL: baseURL, strict: strict,
                                   force: force, useCache: !noCache)
        let showProgress = !quiet && Terminal.stderrIsTTY
        var progress: (@Sendable (String) -> Void)?
        if showProgress { progress = { @Sendable (step: String) in Terminal.err("  " + step + "…") } }
        let builder = SiteBuilder(options: options, progress: progress)
        do {
            let summary = try builder.build()
            Terminal.report(summary.diagnostics, perRule: perRule, showAll: "--all-diagnostics")
            if timings {
                for step in summary.steps { Terminal.err(String(format: "%8.3f s  %8.3f s CPU  %@", step.seconds, step.cpuSeconds, step.name)) }
            }
            if !quiet { for style in summary.citationStyles { Terminal.err("citation style: " + style) } }
            let contentErrors = summary.diagnostics.filter { $0.severity == .error }.count
            if contentErrors > 0 {
                Terminal.err("\(contentErrors) error(s) in content were written as they are; `sitegen build --strict` fails on them (docs/diagnostics.md)")
            }
            if !quiet && summary.upToDate {
                Terminal.err(String(format: "up to date: %d pages and %d feeds (%d files), checked in %.2f s → %@",
                                    summary.pages, summary.feeds, summary.files, summary.seconds, outputURL.path))
            } else if !quiet {
                let unchanged = summary.unchanged > 0 ? ", \(summary.files - summary.unchanged) rewritten" : ""
                Terminal.err(String(format: "built %d pages and %d feeds (%d files%@) in %.2f s → %@",
                                    summary.pages, summary.feeds, summary.files, unchanged, summary.seconds, outputURL.path))
                if let line = Self.searchLine(summary) { Terminal.err(line) }
            }
        } catch let error as SitegenError {
            Terminal.report(error, perRule: perRule, showAll: "--all-diagnostics")
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
