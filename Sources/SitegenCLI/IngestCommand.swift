import ArgumentParser
import Foundation
import SitegenCore
import SitegenFeeds

/// `sitegen ingest`: fetches the feeds named in sitegen.yml into the cache, or shows one feed as sitegen reads it.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Fetch the feeds named in sitegen.yml into .sitegen/cache/feeds.",
        discussion: """
            With --inspect, read one feed (a path or an http(s) URL) and print it as sitegen parsed it: \
            the normalised model as JSON with sorted keys (described in docs/feeds.md). Nothing is cached.
            """)

    @Option(name: .long, help: ArgumentHelp("Print one feed as parsed, as JSON.", valueName: "path-or-url"))
    var inspect: String?

    @Option(name: .long, help: "The site root (local paths are relative to it).")
    var root: String = "."

    func run() async throws {
        guard let inspect else {
            printError("error: `sitegen ingest` without --inspect needs the site configuration loader, which is not available yet")
            printError("  hint: use `sitegen ingest --inspect PATH|URL` to read one feed")
            throw ExitCode(2)
        }
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        let feed: Feed
        do {
            feed = try await FeedIngestor.inspect(inspect, relativeTo: rootURL)
        } catch let error as SitegenError {
            printError("error: \(error)")
            for diagnostic in error.diagnostics where diagnostic.hint != nil { printError("  hint: \(diagnostic.hint ?? "")") }
            throw ExitCode(1)
        }
        let json = try feed.jsonData()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
