/// A node of the small Swift XML/HTML tree that SitegenXML hands out; no libxml2 type leaves the module.
public enum XMLNode: Hashable, Sendable {
    /// An element.
    case element(XMLElement)
    /// Character data (text and CDATA, entities already resolved).
    case text(String)
}

/// An attribute of an element.
public struct XMLAttribute: Hashable, Sendable {
    /// The local name.
    public var name: String
    /// The namespace URI, if the attribute is namespaced (e.g. `xml:base`).
    public var namespace: String?
    /// The value.
    public var value: String

    /// Creates an attribute.
    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// An element with its namespace, attributes, children and source line.
public struct XMLElement: Hashable, Sendable {
    /// The local name (lowercased for HTML).
    public var name: String
    /// The namespace URI, nil for none.
    public var namespace: String?
    /// The attributes in document order.
    public var attributes: [XMLAttribute]
    /// The child nodes in document order.
    public var children: [XMLNode]
    /// The 1-based line where the element starts; 0 when unknown.
    public var line: Int

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], children: [XMLNode] = [], line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the first attribute with this local name (and namespace, when given).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// The child elements in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The child elements with this local name (and namespace, when given).
    public func elements(named name: String, namespace: String? = nil) -> [XMLElement] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The first child element with this local name (and namespace, when given).
    public func element(named name: String, namespace: String? = nil) -> XMLElement? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// All text below this element, concatenated in document order.
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let s): out += s
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// Every descendant element (pre-order), this element excluded.
    public var descendants: [XMLElement] {
        var result: [XMLElement] = []
        for e in elements {
            result.append(e)
            result += e.descendants
        }
        return result
    }
}
