import Foundation
import SitegenCore

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
struct JSONFeedReader {
    let object: [String: Any]
    let source: String
    let documentBase: FeedBase

    static let version10 = "https://jsonfeed.org/version/1"
    static let version11 = "https://jsonfeed.org/version/1.1"

    /// Parses `data` as JSON, or throws with what was found instead of a JSON Feed.
    static func make(_ data: Data, source: String, base: FeedBase) throws -> JSONFeedReader {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw FeedParser.failure(source, "is not valid JSON (\(Self.describe(error)))",
                hint: "check that the file is complete and saved as UTF-8")
        }
        guard let object = value as? [String: Any] else {
            throw FeedParser.failure(source, "found JSON that is not an object, not a JSON Feed",
                hint: "a JSON Feed is an object with \"version\": \"\(version11)\" and \"items\"")
        }
        let version = object["version"] as? String
        guard version?.hasPrefix("https://jsonfeed.org/version/") == true || object["items"] is [Any] else {
            throw FeedParser.failure(source, "found a JSON object without a JSON Feed \"version\", not a feed",
                hint: "a JSON Feed starts with \"version\": \"\(version11)\"")
        }
        return JSONFeedReader(object: object, source: source, documentBase: base)
    }

    private static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.count > 200 ? String(text.prefix(200)) : text
    }

    func read() -> Feed {
        let version = object["version"] as? String
        var feed = Feed(source: source, format: version == Self.version10 ? .json10 : .json11)
        if let version, version != Self.version10, version != Self.version11 {
            feed.issues.append(.warning(
                "unknown JSON Feed version \"\(version)\"; read as 1.1", at: SourceLocation(file: source, line: 1),
                rule: "feed-version"))
        }
        feed.title = string("title").map(HTMLText.collapse) ?? ""
        let homePage = string("home_page_url")
        let base = homePage.flatMap { URLPolicy.baseURL($0) }.map { FeedBase(url: $0) } ?? documentBase
        feed.link = base.link(homePage)
        feed.description = string("description").map(HTMLText.collapse)
        feed.language = string("language")
        feed.authors = Self.authors(in: object, base: base)
        feed.image = base.link(string("icon") ?? string("favicon"))
        let items = object["items"] as? [Any] ?? []
        feed.entries = items.prefix(100_000).compactMap { ($0 as? [String: Any]).map { readItem($0, base: base) } }
        return feed
    }

    private func string(_ key: String) -> String? {
        Self.string(object[key])
    }

    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        return nil
    }

    private func readItem(_ item: [String: Any], base: FeedBase) -> FeedEntry {
        var draft = EntryDraft(line: 0)
        let sanitizer = HTMLSanitizer(baseURL: base.string)
        draft.id = Self.string(item["id"])
        draft.link = base.link(Self.string(item["url"])) ?? base.link(Self.string(item["external_url"]))
        draft.title = Self.string(item["title"]).map(HTMLText.collapse)
        if let html = Self.string(item["content_html"]) {
            draft.content = HTMLField(html: sanitizer.sanitize(html), line: 0)
        } else if let text = Self.string(item["content_text"]) {
            draft.content = HTMLField(html: Self.paragraphs(text), line: 0)
        }
        if let summary = Self.string(item["summary"]) { draft.summary = HTMLField(html: HTML.escape(summary), line: 0) }
        draft.published = Self.string(item["date_published"]).flatMap(FeedDateParser.parse)
        draft.updated = Self.string(item["date_modified"]).flatMap(FeedDateParser.parse)
        draft.authors = Self.authors(in: item, base: base)
        for tag in item["tags"] as? [Any] ?? [] { draft.addCategory(Self.string(tag)) }
        draft.image = base.link(Self.string(item["image"]) ?? Self.string(item["banner_image"]))
        for case let attachment as [String: Any] in item["attachments"] as? [Any] ?? [] {
            guard let url = base.link(Self.string(attachment["url"])) else { continue }
            let size = (attachment["size_in_bytes"] as? NSNumber)?.intValue
            draft.enclosures.append(FeedEnclosure(url: url, type: Self.string(attachment["mime_type"]), length: size))
        }
        return draft.build()
    }

    /// 1.1 `authors`, or 1.0 `author`.
    static func authors(in object: [String: Any], base: FeedBase) -> [FeedAuthor] {
        var list = (object["authors"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        if list.isEmpty, let single = object["author"] as? [String: Any] { list = [single] }
        return list.compactMap { author in
            let name = string(author["name"]).map(HTMLText.collapse) ?? ""
            let url = base.link(string(author["url"]))
            return name.isEmpty && url == nil ? nil : FeedAuthor(name: name, url: url)
        }
    }

    /// Plain text as HTML paragraphs (blank lines separate them).
    static func paragraphs(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + HTML.escape($0) + "</p>" }
            .joined(separator: "\n")
    }
}
