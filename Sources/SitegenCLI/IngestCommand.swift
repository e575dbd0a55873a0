import ArgumentParser

/// `sitegen ingest`.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("sitegen ingest is not available yet")
    }
}
