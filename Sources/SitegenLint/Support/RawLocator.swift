import Foundation
import SitegenCore

/// Finds the exact position of text the model keeps no location for (link destinations) by searching the
/// raw source forward from the enclosing block, never reusing a position twice.
struct RawLocator {
    private let texts: [String: String]
    /// Split and classified on first use: most files of a site have nothing to locate.
    private var sources: [String: RawSource] = [:]
    private var used: Set<SourceLocation> = []
    /// How far past the block start to look; blocks longer than this fall back to the block's location.
    static let maxLines = 200

    init(sources: [String: String]) {
        texts = sources
    }

    private mutating func source(_ file: String) -> RawSource? {
        if let cached = sources[file] { return cached }
        guard let text = texts[file] else { return nil }
        let source = RawSource(text)
        sources[file] = source
        return source
    }

    /// The position just after the first unused occurrence of `prefix` followed by `needle`, at or after `start`.
    mutating func locate(_ needle: String, after prefixes: [String], from start: SourceLocation) -> SourceLocation {
        guard !needle.isEmpty, start.line > 0, let source = source(start.file) else { return start }
        let last = min(source.lines.count, start.line + Self.maxLines)
        guard start.line <= last else { return start }
        for number in start.line...last {
            guard let line = source.line(number) else { break }
            for prefix in prefixes {
                var searchFrom = line.startIndex
                while let found = line.range(of: prefix + needle, range: searchFrom..<line.endIndex) {
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: found.lowerBound) + prefix.unicodeScalars.count + 1
                    let location = start.moved(line: number, column: column)
                    searchFrom = found.upperBound
                    if number == start.line && column < start.column { continue }
                    if used.insert(location).inserted { return location }
                }
            }
        }
        return start
    }
}
