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
    /// This build's outputs: hash, render key, and the previous stamp when the file was linked unchanged.
    private var records: [String: (hash: ContentHash, key: ContentHash?, linkedStamp: FileStamp?)] = [:]
    private var linkedCount = 0
    private var renderSkippedCount = 0

    init(previous: [String: BuildCache.OutputRecord], destination: URL) {
        self.previous = previous
        self.destination = destination
    }

    /// Files linked rather than written.
    var linked: Int { lock.withLock { linkedCount } }

    /// True when `path` was linked from the previous output.
    func wasLinked(_ path: String) -> Bool { lock.withLock { records[path]?.linkedStamp != nil } }

    /// Of those, files linked without being rendered.
    var renderSkipped: Int { lock.withLock { renderSkippedCount } }

    /// Records `data` as the content of `path` (rendered from `key`, when templated); returns true when it
    /// hard-linked the unchanged previous file at `target` (the caller then writes nothing).
    func link(_ path: String, _ data: Data, key: ContentHash? = nil, to target: URL) -> Bool {
        let hash = ContentHash(data)
        guard let old = previous[path], old.hash == hash, old.stamp.size == Int64(data.count), hardLink(path, old, to: target) else {
            lock.withLock { records[path] = (hash, key, nil) }
            return false
        }
        lock.withLock {
            records[path] = (hash, key, old.stamp)
            linkedCount += 1
        }
        return true
    }

    /// Links the previous output at `path` into `target` without rendering it, when it was rendered from the same
    /// `key` and is still the file that build wrote; returns its size, or nil when it must be rendered.
    func linkRendered(_ path: String, key: ContentHash, to target: URL) -> Int? {
        guard let old = previous[path], old.key == key, hardLink(path, old, to: target) else { return nil }
        lock.withLock {
            records[path] = (old.hash, key, old.stamp)
            linkedCount += 1
            renderSkippedCount += 1
        }
        return Int(old.stamp.size)
    }

    private func hardLink(_ path: String, _ old: BuildCache.OutputRecord, to target: URL) -> Bool {
        let source = destination.appendingPathComponent(path).path
        guard FileStamp(path: source) == old.stamp else { return false }
        unlink(target.path)
        return Glibc.link(source, target.path) == 0
    }

    /// After the commit: every output's hash, key and stamp in the new output folder (a linked file keeps the
    /// stamp it had).
    func committedRecords() -> [String: BuildCache.OutputRecord] {
        var out: [String: BuildCache.OutputRecord] = [:]
        for (path, r) in lock.withLock({ records }) {
            guard let stamp = r.linkedStamp ?? FileStamp(path: destination.appendingPathComponent(path).path) else { continue }
            out[path] = BuildCache.OutputRecord(stamp: stamp, hash: r.hash, key: r.key)
        }
        return out
    }

    /// True when `folder` holds exactly the recorded files, each with its recorded stamp.
    static func outputMatches(_ folder: URL, _ recorded: [String: BuildCache.OutputRecord]) -> Bool {
        let base = folder.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else { return false }
        var seen = 0
        for (rel, stamp) in StampWalker.files(under: base) {
            if !rel.contains("/") && rel.hasPrefix(".sitegen") { continue }
            guard recorded[rel]?.stamp == stamp else { return false }
            seen += 1
        }
        // sitegen's own files at the top (the `.sitegen-output` marker) are skipped on both sides.
        return seen == recorded.keys.filter { $0.contains("/") || !$0.hasPrefix(".sitegen") }.count
    }
}
