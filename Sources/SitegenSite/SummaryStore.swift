import Foundation

/// Pre-rendered listing entries, written once and then read from many threads.
final class SummaryStore: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    func store(_ values: [String: String]) {
        lock.withLock { self.values = values }
    }

    subscript(key: String) -> String? {
        lock.withLock { values[key] }
    }
}
