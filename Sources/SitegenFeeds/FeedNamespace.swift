import Foundation
import SitegenXML

/// The vocabularies a feed element can belong to, recognised by namespace URI the way feedparser does
/// (case-insensitively, with the historical RSS and Atom URIs).
enum FeedNamespace: Hashable, Sendable {
    /// RSS core elements: no namespace, or one of the RSS namespaces.
    case rss
    /// Atom 1.0 or 0.3.
    case atom
    case rdf, content, dc, dcterms, media, itunes, xhtml
    /// Anything else.
    case other

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdfURI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xhtmlURI = "http://www.w3.org/1999/xhtml"

    private static let known: [String: FeedNamespace] = [
        "": .rss, "http://backend.userland.com/rss": .rss, "http://backend.userland.com/rss2": .rss,
        "http://blogs.law.harvard.edu/tech/rss": .rss, rss10: .rss, rss090: .rss,
        "http://purl.org/rss/1.0/modules/rss091#": .rss,
        "http://www.w3.org/2005/atom": .atom, atom03: .atom,
        rdfURI: .rdf, "http://purl.org/rss/1.0/modules/content/": .content,
        "http://purl.org/dc/elements/1.1/": .dc, "http://purl.org/dc/terms/": .dcterms,
        "http://search.yahoo.com/mrss/": .media, "http://search.yahoo.com/mrss": .media,
        "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes, "http://example.com/dtds/podcast-1.0.dtd": .itunes,
        xhtmlURI: .xhtml,
    ]

    /// The vocabulary of a namespace URI (nil: no namespace).
    static func of(_ uri: String?) -> FeedNamespace {
        guard let uri else { return .rss }
        if let kind = known[uri] { return kind }
        return known[uri.lowercased()] ?? .other
    }
}

extension XMLElement {
    /// The element's vocabulary.
    var feedNamespace: FeedNamespace { FeedNamespace.of(namespace) }

    /// The lowercased local name: feedparser matches feed elements case-insensitively.
    var lowerName: String { name.lowercased() }

    /// Child elements of a vocabulary with a (lowercase) local name.
    func children(_ name: String, in vocabulary: FeedNamespace) -> [XMLElement] {
        elements.filter { $0.lowerName == name && $0.feedNamespace == vocabulary }
    }

    /// The first child element of a vocabulary with a (lowercase) local name.
    func child(_ name: String, in vocabulary: FeedNamespace) -> XMLElement? {
        elements.first { $0.lowerName == name && $0.feedNamespace == vocabulary }
    }

    /// The element's text, trimmed; nil when empty.
    var trimmedText: String? {
        let text = self.text.trimmingASCIIWhitespace
        return text.isEmpty ? nil : text
    }

    /// A non-namespaced attribute, by case-insensitive name.
    func plainAttribute(_ name: String) -> String? {
        attributes.first { $0.namespace == nil && $0.name.lowercased() == name }?.value
    }

    /// The `xml:base` attribute.
    var xmlBase: String? { attribute("base", namespace: FeedNamespace.xml) }

    /// The `xml:lang` attribute.
    var xmlLang: String? { attribute("lang", namespace: FeedNamespace.xml) }

    /// True when the element has element children (markup that was not escaped).
    var hasElementChildren: Bool {
        children.contains { if case .element = $0 { return true } else { return false } }
    }
}
