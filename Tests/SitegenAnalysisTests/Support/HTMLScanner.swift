import Foundation

/// Splits HTML into tags and text; just enough for the corpus fixtures.
enum HTMLScanner {
    enum Token {
        case open(String, [String: String], line: Int)
        case close(String)
        case text(String)
    }

    static func tokens(_ html: String) -> [Token] {
        var result: [Token] = []
        var line = 0
        var text = ""
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let end = html[i...].firstIndex(of: ">") {
                if !text.isEmpty { result.append(.text(decodeEntities(text))); text = "" }
                let inner = html[html.index(after: i)..<end]
                if inner.hasPrefix("/") {
                    result.append(.close(String(inner.dropFirst()).lowercased().trimmingCharacters(in: .whitespaces)))
                } else if !inner.hasPrefix("!") {
                    let parts = inner.split(separator: " ", maxSplits: 1)
                    let name = String(parts.first ?? "").lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                    result.append(.open(name, attributes(parts.count > 1 ? String(parts[1]) : ""), line: line))
                }
                line += html[i...end].filter { $0 == "\n" }.count
                i = html.index(after: end)
            } else {
                if c == "\n" { line += 1 }
                text.append(c)
                i = html.index(after: i)
            }
        }
        if !text.isEmpty { result.append(.text(decodeEntities(text))) }
        return result
    }

    private static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text[...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var after = rest[rest.index(after: eq)...]
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let close = after.firstIndex(of: quote) else { break }
            result[key] = String(after[..<close])
            rest = after[after.index(after: close)...]
        }
        return result
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].prefix(10).firstIndex(of: ";") else {
                out += "&"; rest = rest[rest.index(after: amp)...]; continue
            }
            let name = String(rest[rest.index(after: amp)..<semi])
            out += entity(name) ?? "&\(name);"
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(s) }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) { return String(s) }
            return nil
        }
    }
}
