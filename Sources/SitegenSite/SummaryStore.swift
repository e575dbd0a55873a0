import Foundation

/// Listing entries by document id, made once per build (context and rendered `summary` template) and shared by
/// the home pages, tag pages and the Reading section. Filled before any listing is written, then only read.
final class SummaryStore: @unchecked Sendable {
    /// One entry: the `TemplateContext.listItem` keys plus the pre-rendered `html`. Template contexts hold only
    /// value types, so an entry can cross threads.
    struct Entry: @unchecked Sendable {
        var context: [String: Any]
    }

    private let lock = NSLock()
    private var values: [String: Entry] = [:]

    func store(_ values: [String: Entry]) {
        lock.withLock { self.values = values }
    }

    subscript(key: String) -> Entry? {
        lock.withLock { values[key] }
    }
}
