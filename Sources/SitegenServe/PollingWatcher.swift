import Foundation

/// Watches by listing the targets every `interval` and comparing size, modification time and inode: the
/// portable fallback. A walk is bounded by the site's own file count.
final class PollingWatcher: FileWatcher, @unchecked Sendable {
    static let defaultInterval: Duration = .milliseconds(250)
    private let targets: WatchTargets
    private let interval: Duration
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    struct Stamp: Equatable { var size: Int64; var modified: Double; var inode: UInt64 }

    init(_ targets: WatchTargets, interval: Duration = PollingWatcher.defaultInterval) {
        self.targets = targets
        self.interval = interval
    }

    func start(onChange: @escaping @Sendable ([String]) -> Void) throws {
        lock.withLock { running = true }
        let initial = snapshot()
        let thread = Thread { [self] in
            defer { done.signal() }
            var previous = initial
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
                guard lock.withLock({ running }) else { break }
                let current = snapshot()
                var changed: [String] = []
                for (path, stamp) in current where previous[path] != stamp { changed.append(path) }
                for path in previous.keys where current[path] == nil { changed.append(path) }
                previous = current
                let relevant = changed.filter(targets.isRelevant).sorted()
                if !relevant.isEmpty { onChange(relevant) }
            }
        }
        thread.name = "sitegen-poll-watcher"
        self.thread = thread
        thread.start()
    }

    func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { running = false }
            return running && thread != nil
        }
        if wasRunning { done.wait() }
    }

    private func snapshot() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        let fm = FileManager.default
        for tree in targets.trees {
            guard let walker = fm.enumerator(atPath: tree) else { continue }
            while let rel = walker.nextObject() as? String {
                let path = tree + "/" + rel
                if let stamp = Self.stamp(path) { result[path] = stamp }
            }
        }
        for file in targets.files { if let stamp = Self.stamp(file) { result[file] = stamp } }
        return result
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        return Stamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
    }
}
