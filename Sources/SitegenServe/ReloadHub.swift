import Foundation

/// Fans build results out to every open page's event stream, and remembers the latest one so a page that
/// connects (or reconnects) after a failure still gets the overlay.
public final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [Int: AsyncStream<ServeEvent>.Continuation] = [:]
    private var nextID = 0
    private var latest: ServeEvent?

    /// Creates an empty hub.
    public init() {}

    /// Number of connected pages.
    public var count: Int { lock.withLock { subscribers.count } }

    /// A stream of events for one page and its id for `unsubscribe`; it starts with the current failure,
    /// if the last build failed.
    public func subscribe() -> (id: Int, events: AsyncStream<ServeEvent>) {
        let (stream, continuation) = AsyncStream<ServeEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id: Int = lock.withLock {
            nextID += 1
            subscribers[nextID] = continuation
            if case .failed = latest, let latest { continuation.yield(latest) }
            return nextID
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.subscribers.removeValue(forKey: id) }
        }
        return (id, stream)
    }

    /// Ends one page's stream.
    public func unsubscribe(_ id: Int) {
        lock.withLock { subscribers.removeValue(forKey: id) }?.finish()
    }

    /// Sends a keep-alive comment to every page (not remembered as the latest event).
    public func ping() {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(.ping) }
    }

    /// Sends `event` to every page.
    public func publish(_ event: ServeEvent) {
        let targets = lock.withLock {
            latest = event
            return Array(subscribers.values)
        }
        for continuation in targets { continuation.yield(event) }
    }

    /// Ends every stream (server shutdown).
    public func finishAll() {
        let targets = lock.withLock {
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in targets { continuation.finish() }
    }
}
