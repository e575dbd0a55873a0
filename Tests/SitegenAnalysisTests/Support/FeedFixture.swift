import Foundation
import SitegenCore

/// Reads the shared corpus feeds into Documents with a deliberately small RSS/HTML reader, until SitegenFeeds
/// lands in main (then the corpus tests switch to its real reader and this file goes).
enum FeedFixture {
    /// The corpus directory, or nil when it is absent (tests then skip).
    static var corpusDirectory: URL? {
        let candidates = [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared/corpus/feeds"),
            URL(fileURLWithPath: "/work/shared/corpus/feeds"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("templated-devto.xml").path) }
    }

    /// The documents of one corpus feed, or nil when the corpus is absent.
    static func documents(_ name: String) -> [Document]? {
        guard let url = corpusDirectory?.appendingPathComponent(name),
              let data = try? Data(contentsOf: url) else { return nil }
        let xml = String(decoding: data, as: UTF8.self)
        return items(xml).enumerated().map { index, item in document(item, index: index, source: name) }
    }

    struct Item {
        var title: String
        var guid: String
        var date: Date?
        var html: String
        var line: Int
    }

    static func items(_ xml: String) -> [Item] {
        var result: [Item] = []
        var rest = xml[...]
        while let open = rest.range(of: "<item>"), let close = rest[open.upperBound...].range(of: "</item>") {
            let body = rest[open.upperBound..<close.lowerBound]
            let line = xml[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let html = element(body, "content:encoded") ?? element(body, "description") ?? ""
            result.append(Item(
                title: HTMLScanner.decodeEntities(element(body, "title") ?? ""),
                guid: element(body, "guid") ?? element(body, "link") ?? "item\(result.count)",
                date: element(body, "pubDate").flatMap(parseRFC822), html: html, line: line))
            rest = rest[close.upperBound...]
        }
        return result
    }

    private static func element(_ body: Substring, _ name: String) -> String? {
        guard let start = body.range(of: "<\(name)"), let gt = body[start.upperBound...].firstIndex(of: ">"),
              let end = body[gt...].range(of: "</\(name)>") else { return nil }
        var inner = String(body[body.index(after: gt)..<end.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        if inner.hasPrefix("<![CDATA["), inner.hasSuffix("]]>") {
            inner = String(inner.dropFirst(9).dropLast(3))
        } else {
            inner = HTMLScanner.decodeEntities(inner)
        }
        return inner
    }

    private static func parseRFC822(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm:ss zzz"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func document(_ item: Item, index: Int, source: String) -> Document {
        var builder = HTMLSectionBuilder(file: source, baseLine: item.line)
        builder.build(item.html)
        return Document(
            id: "\(source)#\(index + 1)", origin: .feed(source: source, entryID: item.guid),
            metadata: Metadata(title: item.title, date: item.date), root: builder.finish())
    }
}
