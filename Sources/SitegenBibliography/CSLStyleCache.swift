import Foundation
import SitegenCore

/// A thread-safe memo of parsed styles keyed by path and contents, so a site's `.csl` is parsed once per build.
final class CSLStyleCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (CSLStyle?, [Diagnostic])] = [:]

    func value(path: String, contents: String, compute: () -> (CSLStyle?, [Diagnostic])) -> (style: CSLStyle?, diagnostics: [Diagnostic]) {
        var hasher = Hasher()
        hasher.combine(contents)
        let key = path + "\u{0}" + String(hasher.finalize())
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let result = compute()
        lock.lock()
        if entries.count > 64 { entries.removeAll() }
        entries[key] = result
        lock.unlock()
        return result
    }
}
