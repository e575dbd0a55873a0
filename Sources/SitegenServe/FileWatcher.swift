import Foundation

/// Reports changed paths under the watch targets from a background thread until stopped.
protocol FileWatcher: AnyObject, Sendable {
    /// Starts watching; `onChange` gets batches of changed absolute paths (already filtered by relevance).
    func start(onChange: @escaping @Sendable ([String]) -> Void) throws
    /// Stops watching and joins the thread; safe to call twice.
    func stop()
}

/// Picks inotify on Linux and polling elsewhere or when inotify cannot start (no watches left, say).
enum FileWatchers {
    static func make(_ targets: WatchTargets, polling: Bool, log: @escaping @Sendable (String) -> Void) -> any FileWatcher {
        #if os(Linux)
        if !polling {
            if let watcher = InotifyWatcher(targets) { return watcher }
            log("inotify is unavailable; watching by polling every \(PollingWatcher.defaultInterval) instead")
        }
        #endif
        return PollingWatcher(targets)
    }
}
