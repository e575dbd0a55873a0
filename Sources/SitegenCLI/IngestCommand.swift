import ArgumentParser
import Foundation
import SitegenCore
import SitegenFeeds
import SitegenSite

/// `sitegen ingest`: fetches the feeds named in sitegen.yml into the cache, or shows one feed as sitegen reads it.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Fetch the feeds named in sitegen.yml into .sitegen/cache/feeds.",
        discussion: """
            A feed that fails keeps its cached entries (with a warning); entries are kept after they leave the \
            feed, up to the source's limit. With --inspect, read one feed (a path or an http(s) URL) and print \
            it as sitegen parsed it: the normalised model as JSON with sorted keys (see docs/feeds.md). \
            --inspect caches nothing.
            """)

    @Option(name: .long, help: ArgumentHelp("Print one feed as parsed, as JSON.", valueName: "path-or-url"))
    var inspect: String?

    @Option(name: .long, help: "The site root, holding sitegen.yml (local feed paths are relative to it).")
    var source: String = "."

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    func run() async throws {
        let root = URL(fileURLWithPath: source, isDirectory: true)
        if let inspect { return try await self.inspect(inspect, root: root) }
        let loaded: SiteConfigLoader.Loaded
        do {
            loaded = try SiteConfigLoader.load(root: root)
        } catch let error as SitegenError {
            Terminal.report(error.adding(context: "failed to read the site configuration"))
            throw ExitCode(1)
        }
        Terminal.report(loaded.diagnostics)
        let sources = loaded.config.feeds
        guard !sources.isEmpty else {
            if !quiet { Terminal.err("no feeds: in sitegen.yml; nothing to ingest") }
            return
        }
        let result = await FeedIngestor(siteRoot: root).ingest(sources)
        Terminal.report(result.diagnostics)
        if !quiet {
            for feed in result.feeds {
                Terminal.err("  \(feed.name): \(feed.feed.entries.count) entries (\(describe(feed.origin)))")
            }
            Terminal.err("ingested \(result.feeds.count) of \(sources.count) feeds")
        }
    }

    private func inspect(_ location: String, root: URL) async throws {
        let feed: Feed
        do {
            feed = try await FeedIngestor.inspect(location, relativeTo: root)
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(try feed.jsonData() + Data("\n".utf8))
    }

    private func describe(_ origin: IngestedFeed.Origin) -> String {
        switch origin {
        case .fresh: return "fetched"
        case .notModified: return "not modified"
        case .cache: return "from cache"
        }
    }
}
