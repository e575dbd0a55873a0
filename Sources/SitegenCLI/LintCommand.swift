import ArgumentParser

/// `sitegen lint`.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("sitegen lint is not available yet")
    }
}
