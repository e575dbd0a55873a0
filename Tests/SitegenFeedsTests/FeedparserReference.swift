import Foundation

/// Runs Python's feedparser on feed files and returns what it read, normalised for comparison: titles and
/// content as plain text, dates as Unix seconds (UTC), authors as unique names.
enum FeedparserReference {
    /// True when `python3 -c "import feedparser"` succeeds.
    static let isAvailable: Bool = (try? run(["-c", "import feedparser"])) != nil

    /// One feed as feedparser read it.
    struct ParsedFeed: Decodable {
        var bozo: Bool
        var version: String
        var entries: [Entry]
    }

    /// One entry as feedparser read it.
    struct Entry: Decodable {
        var title: String
        var link: String?
        var id: String?
        var published: Int?
        var updated: Int?
        var authors: [String]
        var text: String
    }

    static let script = #"""
        import calendar, html, json, re, sys, feedparser

        def plain(value):
            value = re.sub(r"<[^>]*>", " ", value or "")
            return " ".join(html.unescape(value).split())

        def seconds(entry, key):
            parsed = dict.get(entry, key)
            return calendar.timegm(parsed) if parsed else None

        def authors(entry):
            names = []
            for author in dict.get(entry, "authors", []) or []:
                name = (author.get("name") or author.get("email") or "").strip()
                if name and name not in names:
                    names.append(name)
            return names

        result = []
        for path in sys.argv[1:]:
            feed = feedparser.parse(path)
            entries = []
            for entry in feed.entries:
                content = entry.get("content")
                body = content[0].get("value", "") if content else dict.get(entry, "summary", "")
                entries.append({
                    "title": plain(dict.get(entry, "title", "")),
                    "link": dict.get(entry, "link") or None,
                    "id": dict.get(entry, "id") or None,
                    "published": seconds(entry, "published_parsed"),
                    "updated": seconds(entry, "updated_parsed"),
                    "authors": authors(entry),
                    "text": plain(body),
                })
            result.append({"bozo": bool(feed.bozo), "version": feed.version or "", "entries": entries})
        print(json.dumps(result))
        """#

    /// feedparser's reading of each file, in order.
    static func parse(_ paths: [String]) throws -> [ParsedFeed] {
        let output = try run(["-c", script] + paths)
        return try JSONDecoder().decode([ParsedFeed].self, from: output)
    }

    /// Runs python3 with `arguments`; throws when it exits non-zero. Bounded: killed after 60 s.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "python3 exited \(process.terminationStatus)"])
        }
        return data
    }
}
