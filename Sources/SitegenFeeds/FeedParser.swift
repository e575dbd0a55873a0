import Foundation
import SitegenCore
import SitegenXML

/// Reads any supported feed — RSS 0.90–2.0, Atom 0.3/1.0, CDF, JSON Feed 1.0/1.1 — into the normalised `Feed` model.
public enum FeedParser {
    /// Parses `data`, detecting the format from the root element or the JSON `version`.
    ///
    /// - Parameters:
    ///   - data: the raw bytes as fetched or read.
    ///   - source: the path or URL the bytes came from; names the feed in messages and locations, and is the
    ///     base for relative URLs when it is an http(s) URL.
    ///   - charset: the charset of an HTTP `Content-Type`, overriding the XML declaration.
    ///   - baseURL: the base for relative URLs when it is not `source` (e.g. the final URL after redirects).
    /// - Returns: the feed; `wellFormed` is false (and `issues` says why) when the input had to be recovered.
    /// - Throws: `SitegenError` naming the source and what was found instead of a feed (an HTML page, OPML,
    ///   nothing, unreadable bytes), with a hint.
    public static func parse(_ data: Data, source: String, charset: String? = nil, baseURL: String? = nil) throws -> Feed {
        let base = FeedBase(document: baseURL ?? source)
        let feed = try parse(data, source: source, charset: charset, base: base)
        return base.url == nil ? absolutized(feed) : feed
    }

    /// A feed read from a file has no address of its own: relative URLs left in an entry's HTML are resolved
    /// against the entry's link, else the feed's, so summaries and content always carry absolute URLs.
    static func absolutized(_ feed: Feed) -> Feed {
        var feed = feed
        for i in feed.entries.indices {
            guard let base = [feed.entries[i].link, feed.link].compactMap({ $0 }).first(where: { URLPolicy.baseURL($0) != nil }) else { continue }
            let sanitizer = HTMLSanitizer(baseURL: base)
            if let summary = feed.entries[i].summary, summary.contains("=\"") { feed.entries[i].summary = sanitizer.sanitize(summary) }
            if let content = feed.entries[i].content, content.contains("=\"") { feed.entries[i].content = sanitizer.sanitize(content) }
        }
        return feed
    }

    private static func parse(_ data: Data, source: String, charset: String?, base: FeedBase) throws -> Feed {
        switch FeedSniffer.sniff(XMLTreeParser.transcodedFromWideUnicode(data) ?? data) {
        case .empty:
            throw failure(source, "is empty, not a feed", hint: "check the path or URL; the server sent no content")
        case .json:
            return try JSONFeedReader.make(data, source: source, base: base).read()
        case .html(let what):
            throw notAFeed(source, found: what)
        case .other(let prefix):
            throw failure(source, "found \(prefix.isEmpty ? "binary data" : "text starting \"\(prefix)\""), not a feed",
                hint: "point at the feed URL, often /feed.xml, /index.xml or /feed.json")
        case .xml:
            return try parseXML(data, source: source, charset: charset, base: base)
        }
    }

    private static func parseXML(_ data: Data, source: String, charset: String?, base: FeedBase) throws -> Feed {
        let (document, encodingIssue) = try readXML(data, source: source, charset: charset)
        let root = FeedVocabulary.normalise(document.root)
        var feed: Feed
        switch root.lowerName {
        case "rss", "rdf":
            feed = RSSReader(root: root, source: source, documentBase: base).read()
        case "feed":
            feed = AtomReader(root: root, source: source, documentBase: base).read()
        case "channel":
            feed = CDFReader(root: root, source: source, documentBase: base).read()
        case "html", "body", "head":
            throw notAFeed(source, found: "an HTML page (<\(root.name)>)")
        case "opml":
            throw failure(source, "found an OPML subscription list (<opml>), not a feed",
                hint: "add each outline's xmlUrl to feeds: in sitegen.yml instead")
        default:
            throw failure(source, "found an XML document with root <\(root.name)>, not a feed",
                hint: "a feed's root element is <rss>, <rdf:RDF> or <feed>; point at the feed URL")
        }
        // Language tags use hyphens (`en_US` → `en-US`, as feedparser writes them).
        feed.language = feed.language?.replacingOccurrences(of: "_", with: "-")
        feed.wellFormed = document.wellFormed && encodingIssue == nil
        feed.issues = document.issues.map {
            Diagnostic(.warning, "xml: " + $0.message.lowercasedFirst,
                at: SourceLocation(file: source, line: $0.line, column: $0.column), rule: "feed-ill-formed")
        } + feed.issues
        if let encodingIssue { feed.issues.insert(encodingIssue, at: 0) }
        // Refused only when nothing at all was recovered: a broken feed's title alone is still worth having.
        if !document.wellFormed, feed.entries.isEmpty, feed.title.isEmpty, feed.link == nil, feed.description == nil {
            throw unrecoverable(feed, issues: document.issues)
        }
        return feed
    }

    /// Parses the XML. When bytes declared (or defaulting to) UTF-8 are not UTF-8, reads them again as
    /// windows-1252, as feedparser does; when undeclared entities or bare ampersands broke the document,
    /// reads the repaired bytes (see `EntityRepair`). Either way the first parse's issues are kept.
    private static func readXML(_ data: Data, source: String, charset: String?) throws -> (XMLDocument, Diagnostic?) {
        let (document, diagnostic) = try readDecoded(data, source: source, charset: charset)
        guard !document.wellFormed, document.issues.contains(where: { EntityRepair.isRepairable($0.message) }),
            let repaired = EntityRepair.repair(data),
            var second = try? readDecoded(repaired, source: source, charset: charset).0
        else { return (document, diagnostic) }
        second.wellFormed = false
        second.issues = document.issues
        return (second, diagnostic)
    }

    private static func readDecoded(_ data: Data, source: String, charset: String?) throws -> (XMLDocument, Diagnostic?) {
        let document: XMLDocument
        do {
            document = try XMLTreeParser.parseXML(data, url: source, encoding: charset)
        } catch let error as XMLLimitError {
            let message = "refused: \(error.message)"
            throw SitegenError("\(source):\(error.line):\(error.column): \(message)", diagnostics: [.error(
                message, at: SourceLocation(file: source, line: error.line, column: error.column), rule: "feed-limit",
                hint: "no real feed comes near this; if this one is genuine, ask its owner to split it "
                    + "(the limits are listed in docs/feeds.md)")])
        } catch let error as SitegenError {
            throw failure(source, "is not a readable feed: \(error.message)",
                hint: "check that the file is complete XML and its encoding matches its declaration")
        }
        let encodingError = document.issues.contains { $0.message.localizedCaseInsensitiveContains("encoding") || $0.message.contains("UTF-8") }
        guard encodingError, charset == nil, String(data: data, encoding: .utf8) == nil,
            let retried = try? XMLTreeParser.parseXML(Windows1252.utf8(data), url: source, encoding: "UTF-8")
        else { return (document, nil) }
        let diagnostic = Diagnostic.warning(
            "the feed is not valid UTF-8; read it as windows-1252", at: SourceLocation(file: source, line: 1),
            rule: "feed-encoding", hint: "the feed should declare its real encoding in <?xml … encoding=\"…\"?>")
        return (retried, diagnostic)
    }

    /// A feed that had to be recovered and yielded no entry: entity attacks are named as such.
    private static func unrecoverable(_ feed: Feed, issues: [XMLDocument.Issue]) -> SitegenError {
        let first = issues.first { $0.line > 0 } ?? issues.first
        let detail = first.map { " (line \($0.line): \($0.message.lowercasedFirst))" } ?? ""
        let entityAttack = issues.contains {
            let text = $0.message.lowercased()
            return text.contains("entity") && (text.contains("loop") || text.contains("amplification") || text.contains("limit"))
        }
        let message = entityAttack
            ? "refused: entity expansion beyond the limit (a billion-laughs document?)\(detail)"
            : "truncated or broken \(feed.format.displayName) feed: no entry could be recovered\(detail)"
        return SitegenError("\(feed.source): \(message)", diagnostics: [.error(
            message, at: feed.issues.first?.location ?? SourceLocation(file: feed.source), rule: "feed-invalid",
            hint: entityAttack ? "the feed declares recursive entities; sitegen does not expand them"
                : "fetch it again; if it stays broken, tell the feed's owner")])
    }

    static func notAFeed(_ source: String, found what: String) -> SitegenError {
        failure(source, "found \(what), not a feed", hint: "point at the feed URL, often /feed.xml or /index.xml")
    }

    /// A `SitegenError` whose message starts with the source, carrying one error diagnostic with the hint.
    static func failure(_ source: String, _ message: String, hint: String) -> SitegenError {
        SitegenError("\(source): \(message)", diagnostics: [
            .error(message, at: SourceLocation(file: source), rule: "feed-invalid", hint: hint)
        ])
    }
}

extension String {
    /// The string with its first character lowercased (libxml2 messages start with a capital).
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
