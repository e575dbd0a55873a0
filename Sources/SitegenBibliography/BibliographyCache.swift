import Foundation
import SitegenCore

/// A thread-safe memo of parsed bibliographies keyed by path and a hash of the contents.
final class BibliographyCache: @unchecked Sendable {
    private struct Key: Hashable {
        var path: String
        var length: Int
        var hash: Int
    }

    private let lock = NSLock()
    private var entries: [Key: ([CSLItem], [Diagnostic])] = [:]

    func value(path: String, contents: String, compute: () -> ([CSLItem], [Diagnostic])) -> ([CSLItem], [Diagnostic]) {
        var hasher = Hasher()
        hasher.combine(contents)
        let key = Key(path: path, length: contents.utf8.count, hash: hasher.finalize())
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let result = compute()
        lock.lock()
        if entries.count > 256 { entries.removeAll() }
        entries[key] = result
        lock.unlock()
        return result
    }
}
