import Foundation
import SitegenCore
import SitegenXML

/// Turns the text-bearing elements of a feed into plain text or sanitised HTML, within one `xml:base` scope.
struct ContentReader {
    /// The base in effect for the element being read.
    var base: FeedBase
    /// RSS text is nominally plain but often HTML, and feedparser guesses; Atom says what it is, so no guessing.
    var guessesHTML = true

    /// How an element's content is to be read.
    enum Kind: Equatable {
        /// Plain text: escaped when HTML is wanted.
        case text
        /// Escaped (or CDATA) HTML; inline markup that was not escaped is taken as is.
        case html
        /// Inline XHTML markup (the wrapping `<div>` is dropped).
        case xhtml
        /// Base64-encoded text of the inner kind.
        indirect case base64(Kind)
        /// A media type sitegen does not show (an image, a PDF, …).
        case unsupported
    }

    /// The content of `element` as sanitised HTML, with the feed line its first line is on.
    func html(_ element: XMLElement, kind: Kind = .html) -> HTMLField? {
        let sanitizer = HTMLSanitizer(baseURL: base.string)
        switch kind {
        case .unsupported:
            return nil
        case .xhtml:
            let nodes = Self.xhtmlNodes(of: element)
            let html = HTMLSerializer.html(sanitizer.clean(nodes, depth: 0)).trimmingASCIIWhitespace
            return html.isEmpty ? nil : HTMLField(html: html, line: element.line)
        case .html where element.hasElementChildren:
            // feedparser: "element declared itself as escaped markup, but it isn't really".
            return html(element, kind: .xhtml)
        case .base64(let inner):
            guard let decoded = Data(base64Encoded: element.text, options: .ignoreUnknownCharacters),
                let text = String(data: decoded, encoding: .utf8)
            else { return nil }
            return field(text, line: element.line, kind: inner, sanitizer: sanitizer)
        case .text, .html:
            return field(element.text, line: element.line, kind: kind, sanitizer: sanitizer)
        }
    }

    private func field(_ raw: String, line: Int, kind: Kind, sanitizer: HTMLSanitizer) -> HTMLField? {
        let text = raw.trimmingASCIIWhitespace
        guard !text.isEmpty else { return nil }
        let startLine = line > 0 ? line + raw.leadingNewlineCount : 0
        if kind == .text { return HTMLField(html: HTML.escape(text), line: startLine) }
        let html = sanitizer.sanitize(text).trimmingASCIIWhitespace
        return html.isEmpty ? nil : HTMLField(html: html, line: startLine)
    }

    /// The content of `element` as plain text: markup removed and whitespace collapsed; nil when empty.
    func plain(_ element: XMLElement, kind: Kind = .text) -> String? {
        let text: String
        switch kind {
        case .unsupported:
            return nil
        case .base64(let inner):
            guard let decoded = Data(base64Encoded: element.text, options: .ignoreUnknownCharacters),
                let string = String(data: decoded, encoding: .utf8)
            else { return nil }
            text = inner == .text ? HTMLText.collapse(string) : HTMLText.plain(string)
        case .xhtml:
            text = HTMLText.plain(Self.xhtmlNodes(of: element))
        case .html:
            text = element.hasElementChildren ? HTMLText.plain(element.children) : HTMLText.plain(element.text)
        case .text:
            let raw = element.text
            text = guessesHTML && HTMLText.looksLikeHTML(raw) ? HTMLText.plain(raw) : HTMLText.collapse(raw)
        }
        return text.isEmpty ? nil : text
    }

    /// The children of the single wrapping XHTML `<div>`, or all children when there is no such wrapper.
    static func xhtmlNodes(of element: XMLElement) -> [XMLNode] {
        let significant = element.children.filter {
            if case .text(let t) = $0 { return !t.allSatisfy(\.isWhitespace) } else { return true }
        }
        if significant.count == 1, case .element(let div) = significant[0], div.lowerName == "div" {
            return div.children
        }
        return element.children
    }

    /// The kind of an Atom text construct or content element (Atom 1.0 `type`, Atom 0.3 MIME `type` and `mode`).
    static func atomKind(of element: XMLElement, atom03: Bool) -> Kind {
        let type = element.plainAttribute("type")?.trimmingCharacters(in: .whitespaces).lowercased()
        let mode = element.plainAttribute("mode")?.lowercased()
        let kind: Kind
        // An empty `type=""` is no type at all (feedparser reads it as the default).
        switch type.flatMap({ $0.isEmpty ? nil : $0 }) ?? (atom03 ? "text/plain" : "text") {
        case "text", "plain", "text/plain": kind = .text
        case "html", "text/html": kind = mode == nil && atom03 && element.hasElementChildren ? .xhtml : .html
        case "xhtml", "application/xhtml+xml": kind = mode == "escaped" ? .html : .xhtml
        case let other where other.hasPrefix("text/"): kind = .text
        case let other where other.hasSuffix("+xml") || other.hasSuffix("/xml"): kind = .unsupported
        // Atom 1.0 (RFC 4287, 4.1.3.3): any other media type is base64; read as HTML, as feedparser does.
        default: return atom03 ? .unsupported : .base64(.html)
        }
        return mode == "base64" ? .base64(kind) : kind
    }
}
