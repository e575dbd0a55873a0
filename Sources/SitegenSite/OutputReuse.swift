import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides, for each file a build writes, whether the previous output already holds the same bytes; if so the
/// staging tree gets a hard link to it instead of a new file, so the file keeps its modification time (small
/// rsync and Pages deploys) and the build writes less. A previous file is trusted only while its stamp is the
/// one recorded when it was written (someone editing `Site/` by hand gets it rewritten).
final class OutputReuse: @unchecked Sendable {
    private let previous: [String: BuildCache.OutputRecord]
    private let destination: URL
    private let lock = NSLock()
    private var hashes: [String: ContentHash] = [:]
    private var linkedCount = 0

    init(previous: [String: BuildCache.OutputRecord], destination: URL) {
        self.previous = previous
        self.destination = destination
    }

    /// Files linked rather than written.
    var linked: Int { lock.withLock { linkedCount } }

    /// Records `data` as the content of `path`; returns true when it hard-linked the unchanged previous file
    /// at `target` (the caller then writes nothing).
    func link(_ path: String, _ data: Data, to target: URL) -> Bool {
        let hash = ContentHash(data)
        lock.withLock { hashes[path] = hash }
        guard let old = previous[path], old.hash == hash, old.stamp.size == Int64(data.count) else { return false }
        let source = destination.appendingPathComponent(path).path
        guard FileStamp(path: source) == old.stamp else { return false }
        unlink(target.path)
        guard Glibc.link(source, target.path) == 0 else { return false }
        lock.withLock { linkedCount += 1 }
        return true
    }

    /// After the commit: every output's hash with its stamp in the new output folder.
    func committedRecords() -> [String: BuildCache.OutputRecord] {
        var records: [String: BuildCache.OutputRecord] = [:]
        for (path, hash) in lock.withLock({ hashes }) {
            guard let stamp = FileStamp(path: destination.appendingPathComponent(path).path) else { continue }
            records[path] = BuildCache.OutputRecord(stamp: stamp, hash: hash)
        }
        return records
    }

    /// True when `folder` holds exactly the recorded files, each with its recorded stamp.
    static func outputMatches(_ folder: URL, _ recorded: [String: BuildCache.OutputRecord]) -> Bool {
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return false }
        var seen = 0
        while let rel = walker.nextObject() as? String {
            guard let stamp = FileStamp(path: base + "/" + rel) else { continue }
            if !rel.contains("/") && rel.hasPrefix(".sitegen") { continue }
            guard recorded[rel]?.stamp == stamp else { return false }
            seen += 1
        }
        // sitegen's own files at the top (the `.sitegen-output` marker) are skipped on both sides.
        return seen == recorded.keys.filter { $0.contains("/") || !$0.hasPrefix(".sitegen") }.count
    }
}
