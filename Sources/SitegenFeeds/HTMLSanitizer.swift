import Foundation
import SitegenCore
import SitegenXML

/// Makes HTML from feeds safe to render inside sitegen's pages.
///
/// An allow-list of elements and attributes; dangerous elements (`script`, `iframe`, `object`, `form`, `svg`, …)
/// are removed with their content, unknown ones are replaced by their content. URLs keep only http, https,
/// mailto and relative references (resolved against `baseURL`), and `data:` raster images in `<img src>`.
/// No event handlers, no `style`, no `id`/`name`. Links get `rel="nofollow noopener"`. The output is
/// well-formed HTML5, escaped with `HTML.escape`.
public struct HTMLSanitizer: Sendable {
    /// The URL relative references are resolved against (the feed's or element's `xml:base`, or the feed URL).
    public var baseURL: String?

    /// Deeper nesting than this is flattened to text, so hostile input cannot exhaust the stack.
    static let maxDepth = 200

    private let base: URL?

    /// Creates a sanitiser resolving relative URLs against `baseURL` (only when it is an absolute http(s) URL).
    public init(baseURL: String? = nil) {
        self.baseURL = baseURL
        self.base = URLPolicy.baseURL(baseURL)
    }

    /// The safe HTML for `html`.
    public func sanitize(_ html: String) -> String {
        HTMLSerializer.html(clean(html))
    }

    /// The safe tree for `html`: the children of its `<body>`.
    func clean(_ html: String) -> [XMLNode] {
        guard !html.isEmpty else { return [] }
        return clean(XMLTreeParser.parseHTML(html).children, depth: 0, html: true)
    }

    /// Sanitises already-parsed nodes (HTML, or XHTML from an Atom `type="xhtml"` construct).
    ///
    /// For HTML (`html: true`) the newline right after `<pre>` is dropped as browsers do (libxml2's parser keeps
    /// it); the serialiser writes it back when needed, so sanitising is idempotent.
    func clean(_ nodes: [XMLNode], depth: Int, html: Bool = false) -> [XMLNode] {
        var out: [XMLNode] = []
        for node in nodes {
            switch node {
            case .text(let text):
                appendText(text, to: &out)
            case .element(let element):
                for cleaned in clean(element, depth: depth, html: html) {
                    if case .text(let text) = cleaned { appendText(text, to: &out) } else { out.append(cleaned) }
                }
            }
        }
        return out
    }

    private func clean(_ element: XMLElement, depth: Int, html: Bool) -> [XMLNode] {
        let name = element.name.lowercased()
        // A void element has no content: whatever a parser put inside one (XHTML can) follows it instead.
        let isVoid = HTMLSerializer.voidElements.contains(name)
        if Self.droppedElements.contains(name), isVoid {
            return clean(element.children, depth: depth + 1, html: html)
        }
        if Self.droppedElements.contains(name) {
            // Keep the line count so block locations computed from the output still match the feed.
            let newlines = element.text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            return newlines > 0 ? [.text(String(repeating: "\n", count: newlines))] : []
        }
        guard depth < Self.maxDepth else { return [.text(element.text)] }
        var children = clean(element.children, depth: depth + 1, html: html)
        if html, name == "pre" || name == "textarea" || name == "listing", case .text(let first)? = children.first,
            first.hasPrefix("\n")
        {
            children[0] = .text(String(first.dropFirst()))
            if first.count == 1 { children.removeFirst() }
        }
        guard Self.allowedElements.contains(name), !isForeign(element) else { return children }
        var attributes = cleanAttributes(of: element, name: name)
        if name == "img", !attributes.contains(where: { $0.name == "src" }) { return children }
        if name == "a", attributes.contains(where: { $0.name == "href" }) {
            attributes.append(XMLAttribute(name: "rel", value: "nofollow noopener"))
        }
        if isVoid {
            return [.element(XMLElement(name: name, attributes: attributes, line: element.line))] + children
        }
        return [.element(XMLElement(name: name, attributes: attributes, children: children, line: element.line))]
    }

    /// Elements from a namespace other than XHTML (only possible in XHTML input) are not HTML.
    private func isForeign(_ element: XMLElement) -> Bool {
        guard let namespace = element.namespace else { return false }
        return namespace != "http://www.w3.org/1999/xhtml"
    }

    private func cleanAttributes(of element: XMLElement, name: String) -> [XMLAttribute] {
        let allowed = Self.elementAttributes[name] ?? []
        var seen: Set<String> = []
        var result: [XMLAttribute] = []
        for attribute in element.attributes where attribute.namespace == nil {
            let key = attribute.name.lowercased()
            guard Self.globalAttributes.contains(key) || allowed.contains(key), seen.insert(key).inserted,
                let value = cleanValue(attribute.value, key: key, element: name)
            else { continue }
            result.append(XMLAttribute(name: key, value: value))
        }
        return result
    }

    private func cleanValue(_ value: String, key: String, element: String) -> String? {
        if Self.urlAttributes.contains(key) {
            return URLPolicy.sanitize(value, base: base, allowDataImage: element == "img" && key == "src")
        }
        if Self.booleanAttributes.contains(key) { return "" }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if Self.numericAttributes.contains(key) {
            let digits = trimmed.hasSuffix("%") ? trimmed.dropLast() : Substring(trimmed)
            return !digits.isEmpty && digits.count <= 6 && digits.allSatisfy(\.isASCIIDigit) ? trimmed : nil
        }
        if let options = Self.enumeratedAttributes[key] {
            let candidate = key == "type" ? trimmed : trimmed.lowercased()
            return options.contains(candidate) || (key == "type" && element == "source") ? candidate : nil
        }
        return value.count <= 1_000 ? value : String(value.prefix(1_000))
    }

    private func appendText(_ text: String, to nodes: inout [XMLNode]) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
    }
}
