import Foundation
import SitegenCore
import SitegenMarkdown

/// Quarto's built-in shortcodes: `include`, `meta`, `var`, `video`, `tweet`, `pagebreak`, `kbd` (and `{{{< … >}}}`, the
/// escape that shows a shortcode as written). Any other shortcode (from a Quarto extension, like `fa`) renders as
/// nothing, with a warning naming it; the build reports each unknown name once.
struct QuartoShortcodes {
    let file: QuartoFile
    let meta: MetaValue
    let displayPath: String
    var diagnostics: [Diagnostic] = []
    private var unknownSeen: Set<String> = []

    /// Nested includes deeper than this are reported, not followed (a bound against include cycles).
    static let maximumIncludeDepth = 8

    init(file: QuartoFile, meta: MetaValue, displayPath: String) {
        self.file = file
        self.meta = meta
        self.displayPath = displayPath
    }

    // MARK: - include

    /// Replaces each line that is only `{{< include path >}}` with that file's text (front matter removed),
    /// recursively. Paths are relative to the including file; `/` starts at the project root.
    mutating func includes(_ body: String, from relative: String, line firstLine: Int, depth: Int = 0, chain: [String] = []) -> String {
        guard body.contains("{{<") else { return body }
        var out: [String] = []
        for (n, line) in QuartoCells.lines(body).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("{{<"), trimmed.hasSuffix(">}}"),
                  let code = Self.parse(String(trimmed.dropFirst(3).dropLast(3))), code.name == "include", let target = code.arguments.first else {
                out.append(line)
                continue
            }
            let location = SourceLocation(file: displayPath, line: firstLine + n, column: 1)
            let folder = (relative as NSString).deletingLastPathComponent
            let path = QuartoScanner.normalize(target.hasPrefix("/") ? target : (folder.isEmpty ? target : folder + "/" + target))
            guard depth < Self.maximumIncludeDepth, !chain.contains(path) else {
                diagnostics.append(.warning("include of \(target) is nested too deeply or includes itself; left out", at: location,
                                            rule: "quarto-include", hint: "break the include cycle"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: file.projectRoot.appendingPathComponent(path).path) else {
                diagnostics.append(.warning("cannot read included file \(target) (looked for \(path))", at: location,
                                            rule: "quarto-include", hint: "include paths are relative to the including file, or to the project root when they start with /"))
                continue
            }
            let text = String(FrontMatter.split(String(decoding: data, as: UTF8.self)).body)
            out.append(includes(text, from: path, line: 1, depth: depth + 1, chain: chain + [path]))
        }
        return out.joined(separator: "\n")
    }

    // MARK: - the others

    /// Expands every shortcode in `body`.
    mutating func expand(_ body: String, firstLine: Int) -> String {
        guard body.contains("{{<") else { return body }
        var out = ""
        var rest = Substring(body)
        var line = firstLine
        while let open = rest.range(of: "{{<") {
            let before = rest[..<open.lowerBound]
            // `{{{< x >}}}` is Quarto's escape: shown as `{{< x >}}`.
            if before.hasSuffix("{"), let close = rest[open.upperBound...].range(of: ">}}}") {
                out += before.dropLast()
                out += "{{<" + rest[open.upperBound..<close.lowerBound] + ">}}"
                line += rest[..<close.upperBound].filter { $0 == "\n" }.count
                rest = rest[close.upperBound...]
                continue
            }
            guard let close = rest[open.upperBound...].range(of: ">}}") else { break }
            out += before
            line += before.filter { $0 == "\n" }.count
            let inner = String(rest[open.upperBound..<close.lowerBound])
            out += render(inner, at: SourceLocation(file: displayPath, line: line, column: 1))
            line += inner.filter { $0 == "\n" }.count
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    private mutating func render(_ inner: String, at location: SourceLocation) -> String {
        guard let code = Self.parse(inner) else { return "" }
        switch code.name {
        case "meta":
            let key = code.arguments.first ?? ""
            if let value = QuartoYAML.lookup(meta, key) ?? QuartoYAML.lookup(file.projectMetadata, key) { return Self.text(value) }
            diagnostics.append(.warning("{{< meta \(key) >}}: the document has no `\(key)`", at: location, rule: "quarto-shortcode",
                                        hint: "set `\(key)` in the front matter, a _metadata.yml or _quarto.yml"))
            return ""
        case "var":
            let key = code.arguments.first ?? ""
            if let value = QuartoYAML.lookup(file.variables, key) { return Self.text(value) }
            diagnostics.append(.warning("{{< var \(key) >}}: _variables.yml has no `\(key)`", at: location, rule: "quarto-shortcode",
                                        hint: "add `\(key)` to _variables.yml at the project root"))
            return ""
        case "pagebreak":
            return "<div style=\"page-break-after: always;\"></div>"
        case "kbd":
            return Self.kbd(code)
        case "video":
            return Self.video(code)
        case "tweet":
            return Self.tweet(code)
        case "include":
            diagnostics.append(.warning("`include` must stand alone on its line; left out here", at: location, rule: "quarto-include",
                                        hint: "put {{< include file.qmd >}} on a line of its own"))
            return ""
        default:
            if unknownSeen.insert(code.name).inserted {
                diagnostics.append(.warning("unknown shortcode '\(code.name)' rendered as nothing", at: location, rule: "unknown-shortcode",
                                            hint: "it comes from a Quarto extension sitegen does not run; replace it with Markdown or HTML to show something"))
            }
            return ""
        }
    }

    struct Shortcode {
        var name: String
        var arguments: [String]
        var named: [String: String]
    }

    /// `name arg "quoted arg" key=value key="quoted value"`.
    static func parse(_ inner: String) -> Shortcode? {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        var started = false
        for c in inner {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                started = true
            } else if c == " " || c == "\t" || c == "\n" {
                if started { tokens.append(current) }
                current = ""
                started = false
            } else {
                current.append(c)
                started = true
            }
        }
        if started { tokens.append(current) }
        guard let name = tokens.first, !name.isEmpty else { return nil }
        var arguments: [String] = []
        var named: [String: String] = [:]
        for token in tokens.dropFirst() {
            if let eq = token.firstIndex(of: "="), !token.hasPrefix("http"), token[..<eq].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
                named[String(token[..<eq])] = String(token[token.index(after: eq)...])
            } else {
                arguments.append(token)
            }
        }
        return Shortcode(name: name, arguments: arguments, named: named)
    }

    static func text(_ value: MetaValue) -> String {
        switch value {
        case .list(let items): return items.map(text).joined(separator: ", ")
        case .map(let map): return map["name"].map(text) ?? map["literal"].map(text) ?? ""
        case .null: return ""
        default: return value.stringValue ?? ""
        }
    }

    /// `{{< kbd Shift-Ctrl-P mac=Shift-Command-P >}}` → the keys, and the macOS/Linux variants when given.
    static func kbd(_ code: Shortcode) -> String {
        var parts: [String] = []
        if let keys = code.arguments.first { parts.append("<kbd>\(HTML.escape(keys))</kbd>") }
        for (key, label) in [("win", "Windows"), ("mac", "macOS"), ("linux", "Linux")] {
            if let keys = code.named[key] { parts.append("<kbd title=\"\(label)\">\(HTML.escape(keys))</kbd> (\(label))") }
        }
        return parts.joined(separator: " / ")
    }

    /// `{{< tweet user id >}}` (or `user=… id=…`): a quoted link to the post, without loading Twitter's script.
    static func tweet(_ code: Shortcode) -> String {
        let user = code.named["user"] ?? code.arguments.first ?? ""
        let id = code.named["id"] ?? (code.arguments.count > 1 ? code.arguments[1] : "")
        guard !user.isEmpty, !id.isEmpty, id.allSatisfy(\.isNumber) else { return "" }
        let url = "https://twitter.com/\(HTML.escape(user))/status/\(id)"
        return "<blockquote class=\"twitter-tweet\"><p><a href=\"\(url)\">Post by @\(HTML.escape(user))</a></p></blockquote>"
    }

    /// `{{< video url >}}`: YouTube and Vimeo embeds as Quarto makes them, other URLs as a `<video>` element.
    static func video(_ code: Shortcode) -> String {
        guard let url = code.arguments.first ?? code.named["src"] else { return "" }
        let title = HTML.escape(code.named["title"] ?? "Video")
        let width = code.named["width"].flatMap(Int.init).map { " width=\"\($0)\"" } ?? ""
        let height = code.named["height"].flatMap(Int.init).map { " height=\"\($0)\"" } ?? ""
        var embed: String?
        if let id = youTubeID(url) { embed = "https://www.youtube.com/embed/\(id)" }
        if url.contains("vimeo.com/"), let id = url.split(separator: "/").last(where: { $0.allSatisfy(\.isNumber) }) {
            embed = "https://player.vimeo.com/video/\(id)"
        }
        if let embed {
            return "<div class=\"quarto-video\"><iframe src=\"\(HTML.escape(embed))\" title=\"\(title)\"\(width)\(height) "
                + "allow=\"accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture\" allowfullscreen></iframe></div>"
        }
        return "<div class=\"quarto-video\"><video controls src=\"\(HTML.escape(url))\" title=\"\(title)\"\(width)\(height)>"
            + "<a href=\"\(HTML.escape(url))\">\(title)</a></video></div>"
    }

    private static func youTubeID(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return nil }
        let id: String?
        if host.hasSuffix("youtu.be") {
            id = components.path.split(separator: "/").first.map(String.init)
        } else if host.hasSuffix("youtube.com") || host.hasSuffix("youtube-nocookie.com") {
            if components.path.hasPrefix("/embed/") || components.path.hasPrefix("/shorts/") {
                id = components.path.split(separator: "/").dropFirst().first.map(String.init)
            } else {
                id = components.queryItems?.first { $0.name == "v" }?.value
            }
        } else {
            id = nil
        }
        guard let id, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return id
    }
}
