import ArgumentParser

/// `sitegen analyze`.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("sitegen analyze is not available yet")
    }
}
