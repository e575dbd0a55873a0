import Foundation
import SitegenCore

extension FeedIngestor {
    /// New entries first (the feed's current version of an entry wins), then earlier ones not in the feed any
    /// more; newest first by date (undated entries keep their order after dated ones); at most `limit`.
    func merge(_ current: Feed, previous: Feed?, limit: Int) -> Feed {
        var seen: Set<String> = []
        var entries: [FeedEntry] = []
        for entry in current.entries + (previous?.entries ?? []) where seen.insert(entry.id).inserted {
            entries.append(entry)
        }
        let ordered = entries.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }
        var result = current
        result.entries = ordered.prefix(max(0, limit)).map(\.element)
        return result
    }

    /// One warning summarising how the feed was not well-formed, at its first problem.
    static func wellFormedness(_ feed: Feed) -> [Diagnostic] {
        guard !feed.wellFormed else { return [] }
        let first = feed.issues.first
        let detail = first.map { ": \($0.message)" } ?? ""
        let more = feed.issues.count > 1 ? " (and \(feed.issues.count - 1) more problems)" : ""
        return [.warning(
            "feed is not well-formed\(detail)\(more); recovered \(feed.entries.count) entries",
            at: first?.location ?? SourceLocation(file: feed.source), rule: "feed-ill-formed",
            hint: "the feed's owner should fix it; a validator such as validator.w3.org/feed shows the problem")]
    }

    /// Reads a local feed file, refusing files over `limit` bytes.
    static func readLocal(_ location: String, root: URL, limit: Int) throws -> Data {
        let url = location.hasPrefix("/") ? URL(fileURLWithPath: location) : root.appendingPathComponent(location)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size else {
            throw SitegenError("\(location): no such file", diagnostics: [.error(
                "no such file", at: SourceLocation(file: location), rule: "feed-fetch-failed",
                hint: "local feed paths are relative to the site root")])
        }
        guard size <= limit else { throw SitegenError("\(location): file is \(size) bytes, more than the limit of \(limit)") }
        return try SitegenError.withContext("cannot read \(location)") { try Data(contentsOf: url) }
    }

    static func combine(_ outcomes: [SourceOutcome]) -> FeedIngestResult {
        FeedIngestResult(feeds: outcomes.compactMap(\.feed), diagnostics: outcomes.flatMap(\.diagnostics))
    }
}
