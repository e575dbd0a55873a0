/// One MathML element: a token element (`mi`, `mn`, `mo`, `mtext`, `mspace`) carries text, the others children.
public struct MathNode: Hashable, Sendable {
    /// One attribute, in the order it is written.
    public struct Attribute: Hashable, Sendable {
        /// The attribute name.
        public var name: String
        /// The attribute value.
        public var value: String

        /// Creates an attribute.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The element name.
    public var name: String
    /// The attributes in order.
    public var attributes: [Attribute]
    /// The child elements.
    public var children: [MathNode]
    /// The text of a token element.
    public var text: String?

    /// Creates an element.
    public init(_ name: String, _ attributes: [Attribute] = [], children: [MathNode] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    static func mi(_ text: String, _ attributes: [Attribute] = []) -> MathNode { MathNode("mi", attributes, text: text) }
    static func mn(_ text: String) -> MathNode { MathNode("mn", text: text) }
    static func mo(_ text: String, _ attributes: [Attribute] = []) -> MathNode { MathNode("mo", attributes, text: text) }
    static func mtext(_ text: String) -> MathNode { MathNode("mtext", text: text) }
    static func space(_ width: String) -> MathNode { MathNode("mspace", [Attribute("width", width)], text: "") }
    static func row(_ children: [MathNode]) -> MathNode { MathNode("mrow", children: children) }

    /// A fence: a stretchy (`\left`, matched) or plain opening or closing delimiter.
    static func fence(_ text: String, stretchy: Bool, prefix: Bool) -> MathNode {
        mo(text, [Attribute("stretchy", stretchy ? "true" : "false"), Attribute("form", prefix ? "prefix" : "postfix")])
    }

    /// The element as one child: a row of one child is that child.
    static func group(_ children: [MathNode]) -> MathNode {
        children.count == 1 ? children[0] : row(children)
    }

    /// Appends the element's markup.
    public func write(into html: inout String) {
        html += "<" + name
        for attribute in attributes {
            html += " " + attribute.name + "=\"" + MathNode.escape(attribute.value, quotes: true) + "\""
        }
        html += ">"
        if let text { html += MathNode.escape(text, quotes: false) }
        for child in children { child.write(into: &html) }
        html += "</" + name + ">"
    }

    static func escape(_ text: String, quotes: Bool) -> String {
        guard text.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" || (quotes && $0 == "\"") }) else { return text }
        var result = ""
        for c in text {
            switch c {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(c)
            }
        }
        return result
    }
}
