import Foundation

/// Changed paths reported by the watcher thread, collected until the async loop takes them, with the time of
/// the latest event so the loop can wait for a burst to settle.
final class ChangeBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var latest = ContinuousClock.now

    func add(_ new: [String]) {
        lock.withLock {
            paths.formUnion(new)
            latest = .now
        }
    }

    /// Time since the latest event.
    var quietFor: Duration { lock.withLock { ContinuousClock.now - latest } }

    /// The paths collected so far, sorted, emptying the buffer.
    func take() -> [String] {
        lock.withLock {
            defer { paths.removeAll() }
            return paths.sorted()
        }
    }
}
