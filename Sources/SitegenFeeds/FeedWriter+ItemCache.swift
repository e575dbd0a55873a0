import Foundation

extension FeedWriter {
    /// The XML of each item, made once per build and shared by every feed that lists the item (a site's posts
    /// appear in the site feed and in each of their tags' feeds). Items are told apart by their `id`, which a
    /// site's feeds keep unique; safe to use from several threads.
    public final class ItemCache: @unchecked Sendable {
        /// Which writer's fragment.
        public enum Format: Sendable {
            case rss, atom
        }

        private let lock = NSLock()
        private var fragments: [Format: [String: String]] = [:]

        /// An empty cache.
        public init() {}

        /// The cached fragment of `item` in `format`, made by `make` the first time.
        func fragment(_ item: SyndicationItem, format: Format, _ make: (SyndicationItem) -> String) -> String {
            if let cached = lock.withLock({ fragments[format]?[item.id] }) { return cached }
            let made = make(item)
            lock.withLock { fragments[format, default: [:]][item.id] = made }
            return made
        }
    }
}
