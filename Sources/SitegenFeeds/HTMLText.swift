import SitegenXML

/// Plain-text views of HTML: for titles given as HTML, descriptions, and comparisons.
enum HTMLText {
    /// Elements whose text is never shown.
    private static let hidden: Set<String> = ["script", "style", "template", "noscript", "head", "title"]
    /// Elements that break a line, so their text does not run into the neighbours'.
    private static let breaking: Set<String> = [
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "section", "article", "figure", "figcaption", "ul", "ol", "table", "hr", "dt", "dd",
    ]

    /// The visible text of `html`, whitespace collapsed and trimmed.
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapse(html) }
        return plain(XMLTreeParser.parseHTML(html).children)
    }

    /// The visible text of parsed nodes, whitespace collapsed and trimmed.
    static func plain(_ nodes: [XMLNode]) -> String {
        var out = ""
        append(nodes, to: &out, depth: 0)
        return collapse(out)
    }

    private static func append(_ nodes: [XMLNode], to out: inout String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .element(let element):
                let name = element.name.lowercased()
                guard !hidden.contains(name), depth < 200 else { continue }
                if breaking.contains(name) { out += " " }
                append(element.children, to: &out, depth: depth + 1)
                if breaking.contains(name) { out += " " }
            }
        }
    }

    /// Runs of whitespace become one space; the ends are trimmed. No-break spaces are kept.
    static func collapse(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " " }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// feedparser's guess that nominally plain text is really HTML: a close tag or an entity reference,
    /// and only tags of ordinary HTML.
    static func looksLikeHTML(_ text: String) -> Bool {
        guard text.contains("<") || text.contains("&") else { return false }
        let tags = tagNames(in: text)
        let hasCloseTag = tags.contains { $0.closing }
        let hasEntity = containsEntity(text)
        guard hasCloseTag || hasEntity else { return false }
        return tags.allSatisfy { HTMLSanitizer.allowedElements.contains($0.name) || $0.name == "font" }
    }

    private static func tagNames(in text: String) -> [(name: String, closing: Bool)] {
        var result: [(String, Bool)] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count, result.count < 10_000 {
            defer { i += 1 }
            guard chars[i] == "<" else { continue }
            var j = i + 1
            let closing = j < chars.count && chars[j] == "/"
            if closing { j += 1 }
            var name = ""
            while j < chars.count, chars[j].properties.isAlphabetic || ("0"..."9").contains(chars[j]) || chars[j] == "_" {
                name.unicodeScalars.append(chars[j])
                j += 1
            }
            guard !name.isEmpty else { continue }
            if closing, j < chars.count, chars[j] != ">" { continue }
            result.append((name.lowercased(), closing))
        }
        return result
    }

    private static func containsEntity(_ text: String) -> Bool {
        var rest = Substring(text)
        var count = 0
        while let amp = rest.firstIndex(of: "&"), count < 10_000 {
            count += 1
            let after = rest[rest.index(after: amp)...]
            let body = after.first == "#" ? after.dropFirst() : after
            let word = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !word.isEmpty, body.dropFirst(word.count).first == ";" { return true }
            rest = after
        }
        return false
    }
}
