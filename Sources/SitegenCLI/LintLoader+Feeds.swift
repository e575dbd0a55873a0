import Foundation
import SitegenFeeds
import SitegenLint
import SitegenCore
import SitegenSite

extension LintLoader {
    /// Reads a feed file (relative to the current directory) or fetches a URL, parses it with SitegenFeeds, and
    /// adds its entries as documents (so analysis compares them with the site) and its status for `feed-invalid`.
    func load(feed location: String, into loaded: inout Loaded) async {
        let data: Data
        var charset: String?
        var finalURL: String?
        do {
            if location.hasPrefix("http://") || location.hasPrefix("https://") {
                let fetched = try await FeedFetcher().fetch(location)
                (data, charset, finalURL) = (fetched.body, fetched.charset, fetched.finalURL)
            } else {
                data = try Data(contentsOf: URL(fileURLWithPath: location))
            }
        } catch {
            loaded.context.feeds.append(FeedStatus(source: location, wellFormed: false, issues: [
                .error("cannot read feed: \(error)", at: SourceLocation(file: location), rule: "feed-invalid",
                       hint: "check the path or URL"),
            ]))
            return
        }
        if let text = String(data: data, encoding: .utf8) { loaded.context.sources[location] = text }
        do {
            let feed = try FeedParser.parse(data, source: location, charset: charset, baseURL: finalURL)
            let issues = feed.issues.filter { !feed.wellFormed || $0.severity == .error }
            loaded.context.feeds.append(FeedStatus(source: location, wellFormed: feed.wellFormed, issues: issues))
            loaded.context.documents += FeedDocumentConverter.documents(for: feed)
        } catch let error as SitegenError {
            let issues = error.diagnostics.isEmpty
                ? [Diagnostic.error(error.message, at: SourceLocation(file: location), rule: "feed-invalid")] : error.diagnostics
            loaded.context.feeds.append(FeedStatus(source: location, wellFormed: false, issues: issues))
        } catch {
            loaded.context.feeds.append(FeedStatus(source: location, wellFormed: false, issues: [
                .error("cannot parse feed: \(error)", at: SourceLocation(file: location), rule: "feed-invalid"),
            ]))
        }
    }
}
