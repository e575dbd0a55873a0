import Foundation
import SitegenCore

/// Parses the Markdown sources of a build with a `BuildSession`, taking a file's parsed page from the session when
/// the file is unchanged: the same `ContentFile`, the same stamp as when it was parsed, and, unless the file was
/// already older than the racy window then, the same bytes (read and hashed again). Quarto sources are always
/// parsed (their preparation reads the project around them).
struct ParseReuse {
    let session: BuildSession
    let snapshot: InputSnapshot
    private let counter = ReuseCounter()

    /// Files whose parsed page was taken from the session by the last `parse`.
    var reused: Int { counter.value }

    /// Each file's page (nil when it cannot be read) and diagnostics, in order, as `MarkdownStage.parse` gives them.
    func parse(_ files: [ContentFile]) -> [(SitePage?, [Diagnostic])] {
        let session = self.session
        let snapshot = self.snapshot
        let counter = self.counter
        let results = files.parallelMap { file -> (BuildSession.Parsed?, (SitePage?, [Diagnostic])) in
            guard file.quarto == nil, let stamp = snapshot.records[file.displayPath]?.stamp else {
                return (nil, MarkdownStage.parse(file))
            }
            if let old = session.parsed(file.url.path), old.file == file, old.stamp == stamp,
               old.settled || FileManager.default.contents(atPath: file.url.path).map(ContentHash.init) == old.hash {
                counter.add()
                return (old, (old.page, old.diagnostics))
            }
            // Read once: the bytes hashed are the bytes parsed.
            guard let data = FileManager.default.contents(atPath: file.url.path) else { return (nil, MarkdownStage.parse(file)) }
            let result = MarkdownStage.parse(file, data: data)
            let entry = BuildSession.Parsed(
                file: file, stamp: stamp, hash: ContentHash(data),
                settled: stamp.modified < snapshot.time - BuildCache.racyWindow, page: result.0, diagnostics: result.1)
            return (entry, result)
        }
        var kept: [String: BuildSession.Parsed] = [:]
        for (file, result) in zip(files, results) {
            if let entry = result.0 { kept[file.url.path] = entry }
        }
        session.replaceParsed(kept)
        return results.map(\.1)
    }
}

/// A count shared by the workers of a parallel map.
final class ReuseCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func add() { lock.withLock { count += 1 } }
}
