import CLibXML2

/// Copies a libxml2 tree into Swift values, expanding internal entity references within a character budget.
struct TreeConverter {
    /// Characters of entity expansion still allowed.
    var budget: Int
    /// HTML names are case-insensitive: store them lowercase.
    let lowercaseNames: Bool
    /// Set once an entity expansion was cut short.
    private(set) var budgetExceeded = false
    /// Elements nested deeper than this keep only their text (the Swift tree is built recursively).
    static let maxNesting = 512
    /// Set once elements nested deeper than `maxNesting` were flattened to their text.
    private(set) var nestingExceeded = false
    private var nesting = 0

    init(budget: Int, lowercaseNames: Bool) {
        self.budget = budget
        self.lowercaseNames = lowercaseNames
    }

    mutating func element(_ node: xmlNodePtr) -> XMLElement {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if lowercaseNames { name = name.lowercased() }
        let namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) }
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
            if lowercaseNames { attributeName = attributeName.lowercased() }
            let attributeNamespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            // Entity references in the value expanded (their size was bounded before parsing).
            var value = ""
            if let expanded = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: expanded)
                sitegen_xml_free(expanded)
            }
            attributes.append(XMLAttribute(name: attributeName, namespace: attributeNamespace, value: value))
            attribute = current.pointee.next
        }
        let line = Int(xmlGetLineNo(node))
        nesting += 1
        defer { nesting -= 1 }
        let content: [XMLNode]
        if nesting > Self.maxNesting {
            nestingExceeded = true
            let text = xmlNodeGetContent(node)
            defer { sitegen_xml_free(text) }
            content = text.map { [.text(String(cString: $0))] } ?? []
        } else {
            content = children(of: node.pointee.children, depth: 0)
        }
        return XMLElement(name: name, namespace: namespace, attributes: attributes, children: content, line: max(line, 0))
    }

    private mutating func children(of first: xmlNodePtr?, depth: Int) -> [XMLNode] {
        var result: [XMLNode] = []
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { appendText(String(cString: content), to: &result) }
            case XML_ENTITY_REF_NODE:
                expand(current, depth: depth, into: &result)
            default:
                break
            }
            node = current.pointee.next
        }
        return result
    }

    /// An entity reference: its declared content (internal entities only), or a known HTML entity name.
    private mutating func expand(_ reference: xmlNodePtr, depth: Int, into result: inout [XMLNode]) {
        let name = reference.pointee.name.map { String(cString: $0) } ?? ""
        let entity = reference.pointee.children
        guard let entity, entity.pointee.children != nil else {
            if let code = HTMLEntityTable.codepoints[name], let scalar = Unicode.Scalar(code) {
                appendText(String(Character(scalar)), to: &result)
            }
            return
        }
        guard depth < 16, budget > 0, !budgetExceeded else {
            budgetExceeded = true
            return
        }
        let expanded = children(of: entity.pointee.children, depth: depth + 1)
        for node in expanded {
            switch node {
            case .text(let s):
                budget -= s.count
                if budget < 0 {
                    budgetExceeded = true
                    return
                }
                appendText(s, to: &result)
            case .element:
                budget -= 16
                result.append(node)
            }
        }
    }

    private func appendText(_ text: String, to result: inout [XMLNode]) {
        if case .text(let previous)? = result.last {
            result[result.count - 1] = .text(previous + text)
        } else {
            result.append(.text(text))
        }
    }
}
