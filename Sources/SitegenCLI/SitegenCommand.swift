import ArgumentParser
import Foundation
import SitegenCore

/// The `sitegen` root command: a static site generator and feed analyser for research blogs.
public struct SitegenCommand: AsyncParsableCommand {
    /// The command's help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator and feed analyser for research blogs.",
        version: SitegenRelease.version,
        subcommands: [BuildCommand.self, ServeCommand.self, NewCommand.self, LintCommand.self, AnalyzeCommand.self, IngestCommand.self, ThemeCommand.self]
    )

    /// Creates the command (ArgumentParser needs it).
    public init() {}

    /// Runs the command line with sitegen's exit codes: 0 ok, 1 failed build or findings, 2 usage or internal error.
    public static func runMain(_ arguments: [String]? = nil) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.out(fullMessage(for: error))
                return 0
            }
            Terminal.err(fullMessage(for: error))
            return 2
        }
    }
}
