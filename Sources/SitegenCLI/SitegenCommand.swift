import ArgumentParser

/// The `sitegen` root command: a static site generator and feed analyser for research blogs.
public struct SitegenCommand: AsyncParsableCommand {
    /// The command's help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator and feed analyser for research blogs.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, LintCommand.self, AnalyzeCommand.self, IngestCommand.self]
    )

    /// Creates the command (ArgumentParser needs it).
    public init() {}
}
