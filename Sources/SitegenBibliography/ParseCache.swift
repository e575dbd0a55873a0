import Foundation
import SitegenCore

/// A thread-safe memo of parsed files keyed by path and a hash of the contents, so a site's `.bib` and `.csl`
/// files are parsed once per build however many posts use them.
final class ParseCache<Value>: @unchecked Sendable {
    private struct Key: Hashable {
        var path: String
        var length: Int
        var hash: Int
    }

    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    /// A cache that forgets everything once it holds more than `capacity` files.
    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(path: String, contents: String, compute: () -> Value) -> Value {
        var hasher = Hasher()
        hasher.combine(contents)
        let key = Key(path: path, length: contents.utf8.count, hash: hasher.finalize())
        if let hit = lock.withLock({ entries[key] }) { return hit }
        let result = compute()
        lock.withLock {
            if entries.count > capacity { entries.removeAll() }
            entries[key] = result
        }
        return result
    }
}
