import Foundation
import SitegenCore

/// Builds Documents from a tiny Markdown-like text format, for tests that must not depend on the real parser:
/// `#`…`######` start sections, blank lines separate paragraphs, `- ` lines form a list, ``` fences code,
/// `$$` lines math, `|` lines a table, `> ` a quote; inline `**strong**`, `*em*`, `` `code` ``, `$math$`,
/// `[text](url)` and `[@key]`.
enum Fixture {
    /// A document with the given id (its file is `<id>.md`), optional date (`yyyy-MM-dd`) and source.
    static func document(_ id: String, date: String? = nil, source: String? = nil, title: String? = nil, _ text: String) -> Document {
        let file = source ?? "\(id).md"
        var builder = SectionTreeBuilder(file: file)
        builder.parse(text)
        let origin: Document.Origin = source == nil ? .file(path: file) : .feed(source: file, entryID: id)
        return Document(
            id: id, origin: origin,
            metadata: Metadata(title: title ?? id, date: date.flatMap(parseDate)), root: builder.finish())
    }

    static func parseDate(_ text: String) -> Date? {
        var parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts.removeFirst()
        components.month = parts.removeFirst()
        components.day = parts.removeFirst()
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components)
    }
}
