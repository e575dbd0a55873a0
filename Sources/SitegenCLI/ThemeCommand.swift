import ArgumentParser
import Foundation
import SitegenCore
import SitegenSite

/// `sitegen theme export [DIR]`.
struct ThemeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site's theme.",
        subcommands: [ThemeExportCommand.self])
}

/// `sitegen theme export [DIR]`: the built-in templates and assets, written out for overriding.
struct ThemeExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the default theme's templates and CSS into Themes/<theme>/ (or DIR) to change them; never overwrites without --force.")

    @Argument(help: "The folder to write (default: Themes/<theme>/ of the site, <theme> from sitegen.yml or 'default').")
    var folder: String?

    @Option(name: .long, help: "The site root, holding sitegen.yml and Content/.")
    var source: String = "."

    @Flag(name: .long, help: "Replace theme files that already exist.")
    var force = false

    func run() async throws {
        let export = ThemeExport(source: URL(fileURLWithPath: source), folder: folder.map { URL(fileURLWithPath: $0) }, force: force)
        do {
            let files = try export.run()
            let shown = folder ?? export.destination.path
            for file in files { Terminal.out("wrote \(shown.hasSuffix("/") ? shown : shown + "/")\(file)") }
            Terminal.err("The site now uses these files. Delete the ones you do not change: a file you keep no longer follows the built-in theme when sitegen is upgraded.")
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
