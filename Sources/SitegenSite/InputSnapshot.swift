import Foundation
import SitegenCore

/// The stamps of every file a build may read: the files at the top of the site root (sitegen.yml, a
/// bibliography kept there), everything under `Content/`, `Themes/` and `.sitegen/cache/` (ingested feeds), and
/// the bibliography and CSL files sitegen.yml names outside those. Taken before the build reads anything, so an
/// edit made during a build is seen by the next one.
struct InputSnapshot {
    /// When the snapshot started, in ns since 1970.
    let time: Int64
    private(set) var records: [String: BuildCache.InputRecord] = [:]

    /// Stamps the fixed part of the inputs under `root`.
    init(root: URL) {
        time = Int64(Date().timeIntervalSince1970 * 1e9)
        let base = root.standardizedFileURL.path
        let fm = FileManager.default
        // The build lock and staging folders beside the output (`.Site.sitegen-lock`, …) are the build's own.
        for name in (try? fm.contentsOfDirectory(atPath: base)) ?? [] where !(name.hasPrefix(".") && name.contains(".sitegen-")) {
            add(base + "/" + name, key: name)
        }
        for tree in ["Content", "Themes", ".sitegen/cache"] {
            for (rel, stamp) in StampWalker.files(under: base + "/" + tree) {
                add(base + "/" + tree + "/" + rel, key: tree + "/" + rel, stamp: stamp)
            }
        }
    }

    /// Adds files named by sitegen.yml that may live elsewhere (absolute paths as keys).
    mutating func addConfigured(_ config: SiteConfig, root: URL) {
        var paths = config.bibliography.map { root.appendingPathComponent("Content").appendingPathComponent($0).standardizedFileURL.path }
        if let csl = config.csl {
            paths.append(csl.hasPrefix("/") ? csl : root.appendingPathComponent(csl).standardizedFileURL.path)
        }
        for path in paths {
            add(path, key: path)
        }
    }

    private mutating func add(_ path: String, key: String, stamp known: FileStamp? = nil) {
        guard let stamp = known ?? FileStamp(path: path) else { return }
        var hash: ContentHash?
        if stamp.modified >= time - BuildCache.racyWindow, let data = FileManager.default.contents(atPath: path) {
            hash = ContentHash(data)
        }
        records[key] = BuildCache.InputRecord(stamp: stamp, hash: hash)
    }

    /// True when every input is as the manifest recorded it, no input is new and none is gone.
    func matches(_ recorded: [String: BuildCache.InputRecord], root: URL) -> Bool {
        guard recorded.count == records.count else { return false }
        let base = root.standardizedFileURL.path
        for (key, now) in records {
            guard let then = recorded[key], then.stamp == now.stamp else { return false }
            if let hash = then.hash {
                // Modified close to the last snapshot: the stamp alone is not proof, the bytes are.
                let path = key.hasPrefix("/") ? key : base + "/" + key
                guard let data = FileManager.default.contents(atPath: path), ContentHash(data) == hash else { return false }
            }
        }
        return true
    }
}
