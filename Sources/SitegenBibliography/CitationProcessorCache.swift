import Foundation

/// Shares citation processors across the documents of a build: posts that use the same style and the same
/// bibliography files get the same processor, so its caches of sorted keys and formatted entries are reused.
public final class CitationProcessorCache: @unchecked Sendable {
    private let lock = NSLock()
    private var processors: [String: CSLCitationProcessor] = [:]

    /// Creates an empty cache (one per build).
    public init() {}

    /// The processor for a style and a bibliography, made by `make` the first time the pair is seen.
    /// - Parameters:
    ///   - styleKey: identifies the style, e.g. its path or "builtin".
    ///   - bibliographyKey: identifies the bibliography, e.g. the sorted list of its file paths.
    public func processor(styleKey: String, bibliographyKey: String, make: () -> CSLCitationProcessor) -> CSLCitationProcessor {
        let key = styleKey + "\u{0}" + bibliographyKey
        lock.lock()
        if let hit = processors[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let raced = processors[key] { return raced }
        processors[key] = made
        return made
    }
}
