import Foundation

/// Looks at the first bytes of a download to tell a feed from the things people point sitegen at by mistake.
enum FeedSniffer {
    enum Kind: Equatable {
        case empty
        case json
        case xml
        /// An HTML page; the associated text says what was seen, for the message.
        case html(String)
        /// Something else; the associated text is its printable beginning.
        case other(String)
    }

    static func sniff(_ data: Data) -> Kind {
        var bytes = data.prefix(4_096)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return .xml }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return .empty }
        switch bytes[first] {
        case UInt8(ascii: "{"):
            return .json
        case UInt8(ascii: "<"):
            return htmlKind(String(decoding: bytes[first...], as: UTF8.self)) ?? .xml
        default:
            let text = String(decoding: bytes[first...].prefix(24), as: UTF8.self)
            let printable = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.isWhitespace || ("!"..."~").contains($0) }
            return .other(printable.count == text.unicodeScalars.count ? String(text.prefix(16)) : "")
        }
    }

    /// `<!DOCTYPE html>` or an `<html>` start tag before any other element. An HTML document type before a feed's
    /// root (`<!DOCTYPE html …><rss>`) does not make a page: the root decides, as in feedparser.
    private static func htmlKind(_ text: String) -> Kind? {
        var rest = Substring(text.lowercased())
        var htmlDoctype = false
        var steps = 0
        while steps < 20 {
            steps += 1
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
                let end = rest.hasPrefix("<?") ? "?>" : "-->"
                guard let range = rest.range(of: end) else { return nil }
                rest = rest[range.upperBound...]
            } else if rest.hasPrefix("<!doctype") {
                // The document type's name decides (`<!DOCTYPE rdf:RDF [ … xhtml-lat1.ent … ]>` is a feed).
                let name = rest.dropFirst(9).drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != ">" && $0 != "[" }
                htmlDoctype = name == "html"
                guard let close = rest.firstIndex(of: ">") else { return htmlDoctype ? .html("an HTML page (<!DOCTYPE html>)") : nil }
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("<html") {
                return .html(htmlDoctype ? "an HTML page (<!DOCTYPE html>)" : "an HTML page (<html>)")
            } else {
                let feedRoot = ["<rss", "<feed", "<rdf:rdf", "<channel"].contains { rest.hasPrefix($0) }
                return htmlDoctype && !feedRoot ? .html("an HTML page (<!DOCTYPE html>)") : nil
            }
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
