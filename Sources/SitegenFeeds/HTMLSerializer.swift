import SitegenCore
import SitegenXML

/// Writes a (sanitised) tree back out as HTML5, escaping text and attribute values with `HTML.escape`.
enum HTMLSerializer {
    /// Elements that have no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    ]

    /// The HTML of `nodes`.
    static func html(_ nodes: [XMLNode]) -> String {
        var out = ""
        for node in nodes { append(node, to: &out) }
        return out
    }

    /// `HTML.escape(text)`, skipping the call for the common text with nothing to escape (a byte scan is much
    /// cheaper than `HTML.escape`'s character scan).
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        return HTML.escape(text)
    }

    static func append(_ node: XMLNode, to out: inout String) {
        switch node {
        case .text(let text):
            out += escaped(text)
        case .element(let element):
            append(element, to: &out)
        }
    }

    private static func append(_ element: XMLElement, to out: inout String) {
        out += "<" + element.name
        for attribute in element.attributes {
            out += " " + attribute.name + "=\"" + escaped(attribute.value) + "\""
        }
        out += ">"
        guard !voidElements.contains(element.name) else { return }
        // An HTML parser drops one newline right after <pre>; write an extra one so a leading newline survives.
        if element.name == "pre" || element.name == "textarea" || element.name == "listing",
            case .text(let first)? = element.children.first, first.hasPrefix("\n")
        {
            out += "\n"
        }
        for child in element.children { append(child, to: &out) }
        out += "</" + element.name + ">"
    }
}
