import Foundation

/// Walks a built output folder and checks that every internal `href` and `src` of every page and feed names a
/// file there (and, for a `#fragment` into an HTML page, an element with that id), the way a static server
/// under a sub-path would serve them.
struct OutputLinkCheck {
    /// The output folder.
    let root: URL
    /// The site's absolute base URL (`https://jdoe.github.io/fieldnotes/`).
    let baseURL: String

    /// One URL that does not resolve, with the file it is in.
    struct Broken: CustomStringConvertible, Equatable {
        var file: String
        var url: String
        var why: String
        var description: String { "\(file): \(url) (\(why))" }
    }

    var basePath: String { URL(string: baseURL)?.path ?? "/" }

    /// Every broken internal URL, and how many internal URLs were checked.
    func run() -> (broken: [Broken], checked: Int) {
        var broken: [Broken] = []
        var checked = 0
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.sorted() ?? []
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".json") {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let pageURL = basePath + (file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file)
            for url in Self.urls(in: text, isHTML: file.hasSuffix(".html")) {
                guard let path = internalPath(url, pageURL: pageURL, inHTML: file.hasSuffix(".html")) else { continue }
                checked += 1
                if let why = problem(path, fragment: Self.fragment(url)) { broken.append(Broken(file: file, url: url, why: why)) }
            }
        }
        return (broken, checked)
    }

    /// The site path of `url` (with the base path), nil for external URLs; a root-relative URL outside the base path
    /// is returned as is, so it is reported.
    private func internalPath(_ url: String, pageURL: String, inHTML: Bool) -> String? {
        let bare = String(url.prefix { $0 != "#" && $0 != "?" })
        if bare.isEmpty { return inHTML ? pageURL : nil }
        if bare.hasPrefix(baseURL) { return basePath + bare.dropFirst(baseURL.count) }
        if bare.hasPrefix("//") || bare.contains(":") { return nil }
        if bare.hasPrefix("/") { return bare }
        guard inHTML, let resolved = URL(string: bare, relativeTo: URL(string: "https://h" + pageURL)) else { return nil }
        return resolved.path + (bare.hasSuffix("/") && !resolved.path.hasSuffix("/") ? "/" : "")
    }

    private func problem(_ path: String, fragment: String?) -> String? {
        guard path.hasPrefix(basePath) else { return "outside the base path \(basePath)" }
        var relative = String(path.dropFirst(basePath.count)).removingPercentEncoding ?? ""
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        var isDirectory: ObjCBool = false
        let target = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return "no file \(relative)" }
        if isDirectory.boolValue { return "a folder without a trailing slash" }
        guard let fragment, !fragment.isEmpty, relative.hasSuffix(".html"),
              let html = try? String(contentsOf: target, encoding: .utf8) else { return nil }
        return html.contains("id=\"\(fragment)\"") ? nil : "no id \(fragment) in \(relative)"
    }

    private static func fragment(_ url: String) -> String? {
        guard let hash = url.firstIndex(of: "#") else { return nil }
        return String(url[url.index(after: hash)...]).removingPercentEncoding
    }

    /// `href`/`src` values (entity-decoded, so escaped HTML inside feeds counts), `<link>` and `<loc>` texts, JSON `url`s.
    static func urls(in text: String, isHTML: Bool) -> [String] {
        var decoded = text
        if !isHTML {
            for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#34;", "\""), ("\\\"", "\""), ("\\/", "/")] {
                decoded = decoded.replacingOccurrences(of: entity, with: char)
            }
        }
        var found: [String] = []
        let patterns = [#"\s(?:href|src)="([^"]*)""#, #"<link>([^<]*)</link>"#, #"<loc>([^<]*)</loc>"#, #""(?:url|external_url|home_page_url|feed_url)":\s*"([^"]*)""#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(decoded.startIndex..., in: decoded)
            for match in regex.matches(in: decoded, range: range) {
                guard let r = Range(match.range(at: 1), in: decoded) else { continue }
                found.append(String(decoded[r]).replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return found
    }
}
