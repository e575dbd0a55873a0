import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A MathML tree in the canonical form both converters are compared in.
struct CanonicalNode: Equatable, CustomStringConvertible {
    var name: String
    var attributes: [String: String]
    var text: String
    var children: [CanonicalNode]

    var description: String { render(indent: 0) }

    func render(indent: Int) -> String {
        let attributeText = attributes.isEmpty ? "" : " " + attributes.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let head = String(repeating: " ", count: indent) + name + attributeText + (text.isEmpty ? "" : " '\(text)'")
        return ([head] + children.map { $0.render(indent: indent + 2) }).joined(separator: "\n")
    }
}

/// The normalisation under which sitegen's MathML and `pandoc --mathml`'s are compared: whitespace; `mrow`s of one
/// child; attribute order; `semantics`/`annotation`; attributes MathML Core ignores (`columnalign`, `rowspacing`,
/// `columnspacing`, `displaystyle` on tables); and `mathvariant` styling (`double-struck`, `bold`, `script`,
/// `fraktur`, `sans-serif`, `monospace`, `italic`, and `normal` on letters) mapped to what MathML Core writes: the
/// Unicode mathematical alphanumerics, and one upright `mi` per run of upright letters. Combining accent marks
/// (U+0302…) count as the spacing accents (`^`, `~`, …) sitegen writes, which render over their base.
enum MathMLNormalizer {
    static let dropped: Set<String> = ["columnalign", "rowspacing", "columnspacing", "xmlns", "display"]
    static let styles: Set<String> = [
        "double-struck", "bold", "script", "fraktur", "sans-serif", "monospace", "italic", "bold-italic",
        "bold-script", "bold-fraktur", "bold-sans-serif",
    ]
    static let digitBases: [String: UInt32] = [
        "bold": 0x1D7CE, "double-struck": 0x1D7D8, "sans-serif": 0x1D7E2, "monospace": 0x1D7F6,
    ]
    static let accents: [String: String] = [
        "\u{302}": "^", "\u{303}": "~", "\u{307}": "˙", "\u{308}": "¨", "\u{30C}": "ˇ", "\u{306}": "˘",
        "\u{301}": "´", "\u{300}": "`", "\u{20D7}": "→", "\u{30A}": "˚",
    ]
    static let tokens: Set<String> = ["mi", "mn", "mo", "mtext", "mspace", "ms"]

    /// Parses MathML text and normalises it; nil when it is not well-formed.
    static func normalize(_ xml: String) -> CanonicalNode? {
        guard let raw = RawXML.parse(xml) else { return nil }
        let node = normalize(raw)
        guard node.name == "math" else { return node }
        if node.children.count == 1, node.children[0].name == "mrow" {
            return CanonicalNode(name: "math", attributes: [:], text: "", children: node.children[0].children)
        }
        return node
    }

    static func normalize(_ raw: RawXML) -> CanonicalNode {
        if raw.name == "semantics", let first = raw.children.first { return normalize(first) }
        var attributes = raw.attributes.filter { !dropped.contains($0.key) }
        if raw.name == "mtable" { attributes["displaystyle"] = nil }
        if raw.name == "mtext", attributes["mathvariant"] == "normal" { attributes["mathvariant"] = nil }
        var text = tokens.contains(raw.name) ? raw.text : ""
        if raw.name != "mtext" { text = text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if raw.name == "mo", attributes["accent"] != nil, let spacing = accents[text] { text = spacing }
        let children = raw.children.filter { $0.name != "annotation" }.map(normalize)
        let variant = attributes["mathvariant"]
        if raw.name == "mstyle", let variant, styles.contains(variant), attributes.count == 1 {
            return wrap(children.map { applying(variant, to: $0) })
        }
        if raw.name == "mstyle", variant == "normal", attributes.count == 1 {
            return wrap(mergingUpright(children))
        }
        if raw.name == "mi" || raw.name == "mn", let variant, styles.contains(variant) {
            attributes["mathvariant"] = nil
            text = mapDigits(text, variant)
        }
        if raw.name == "mrow", children.count == 1 { return children[0] }
        return CanonicalNode(name: raw.name, attributes: attributes, text: text, children: children)
    }

    private static func wrap(_ children: [CanonicalNode]) -> CanonicalNode {
        children.count == 1 ? children[0] : CanonicalNode(name: "mrow", attributes: [:], text: "", children: children)
    }

    private static func applying(_ variant: String, to node: CanonicalNode) -> CanonicalNode {
        var node = node
        if node.name == "mn" { node.text = mapDigits(node.text, variant) }
        node.children = node.children.map { applying(variant, to: $0) }
        return node
    }

    private static func mapDigits(_ text: String, _ variant: String) -> String {
        guard let base = digitBases[variant] else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (48...57).contains(scalar.value) ? Unicode.Scalar(base + scalar.value - 48)! : scalar
        }))
    }

    private static func mergingUpright(_ children: [CanonicalNode]) -> [CanonicalNode] {
        var result: [CanonicalNode] = []
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            result.append(CanonicalNode(name: "mi", attributes: run.count == 1 ? ["mathvariant": "normal"] : [:],
                                        text: run, children: []))
            run = ""
        }
        for child in children {
            if child.name == "mi", child.text.count == 1, child.attributes.isEmpty {
                run += child.text
            } else {
                flush()
                result.append(child)
            }
        }
        flush()
        return result
    }
}

/// A parsed XML element (Foundation's XMLParser).
final class RawXML {
    var name: String
    var attributes: [String: String]
    var text = ""
    var children: [RawXML] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    static func parse(_ xml: String) -> RawXML? {
        let delegate = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return delegate.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [RawXML] = []
        var root: RawXML?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = RawXML(name: elementName, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
