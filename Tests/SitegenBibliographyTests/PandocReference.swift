import Foundation

/// Runs the installed pandoc as the reference implementation; nil when pandoc is not installed.
enum PandocReference {
    static let executable: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/pandoc"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// Runs pandoc with `arguments` in `directory`, returning standard output.
    static func run(_ arguments: [String], in directory: URL) throws -> String {
        guard let executable else { return "" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Tag-free, entity-decoded, whitespace-collapsed text of an HTML fragment.
    static func normalize(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        s = s.replacingOccurrences(of: "\u{00A0}", with: " ")
        s = s.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// Like `normalize`, but keeps the markup that carries meaning: emphasis, strong, super/subscript, small caps
    /// and outgoing links (links to `#ref-` entries are dropped, since pandoc only adds them on request).
    static func normalizeMarkup(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "<a href=\"#ref-[^\"]*\"[^>]*>(.*?)</a>", with: "$1", options: .regularExpression)
        s = s.replacingOccurrences(of: "<span class=\"smallcaps\">(.*?)</span>", with: "<sc>$1</sc>", options: .regularExpression)
        s = s.replacingOccurrences(of: "<a href=\"([^\"]*)\"[^>]*>", with: "<a:$1>", options: .regularExpression)
        s = s.replacingOccurrences(of: "<(?!/?(em|strong|sup|sub|sc|a:[^>]*|/a)>)[^>]+>", with: "", options: .regularExpression)
        return normalize(s.replacingOccurrences(of: "<", with: "\u{1}").replacingOccurrences(of: ">", with: "\u{2}"))
            .replacingOccurrences(of: "\u{1}", with: "<").replacingOccurrences(of: "\u{2}", with: ">")
    }

    /// The citations (one per paragraph) and the reference entries (id, text) of pandoc's HTML output.
    static func parse(_ html: String, keepMarkup: Bool = false) -> (citations: [String], entries: [(String, String)]) {
        func normalize(_ s: String) -> String { keepMarkup ? normalizeMarkup(s) : Self.normalize(s) }
        let parts = html.components(separatedBy: "<div id=\"refs\"")
        let body = parts[0]
        var citations: [String] = []
        let paragraphs = body.components(separatedBy: "<p>").dropFirst()
        for p in paragraphs {
            let inner = p.components(separatedBy: "</p>")[0]
            citations.append(normalize(inner))
        }
        var entries: [(String, String)] = []
        if parts.count > 1 {
            for chunk in parts[1].components(separatedBy: "<div id=\"ref-").dropFirst() {
                guard let quote = chunk.firstIndex(of: "\"") else { continue }
                let id = String(chunk[..<quote])
                guard let close = chunk.firstIndex(of: ">") else { continue }
                entries.append((id, normalize(String(chunk[chunk.index(after: close)...]))))
            }
        }
        return (citations, entries)
    }
}
