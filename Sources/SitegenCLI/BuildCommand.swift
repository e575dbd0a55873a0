import ArgumentParser

/// `sitegen build`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("sitegen build is not available yet")
    }
}
