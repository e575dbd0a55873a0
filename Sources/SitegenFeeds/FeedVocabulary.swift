import SitegenXML

/// Puts a feed's core elements into the vocabulary its readers match, as feedparser does: RSS inside an
/// unknown namespace (`<rss xmlns="http://backend.userland.com/rss2.1">`) is RSS, and Atom without its
/// namespace (`<feed>` alone, or in a namespace feedparser does not know) is Atom.
enum FeedVocabulary {
    /// The namespace URI that marks elements as Atom without being Atom 1.0's exact URI, so the format stays
    /// `atom` (the case-insensitive comparison of `FeedNamespace` takes it as Atom).
    static let unnamespacedAtom = "http://www.w3.org/2005/atom"

    /// Atom elements whose children are content (XHTML without a namespace stays HTML).
    static let textConstructs: Set<String> = ["title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info"]

    /// The root with its core elements moved into the vocabulary the readers expect.
    static func normalise(_ root: XMLElement) -> XMLElement {
        switch root.lowerName {
        case "rss" where root.namespace != nil && root.feedNamespace != .rss:
            return root.movingNamespace(root.namespace, to: nil)
        case "feed" where root.feedNamespace != .atom:
            return root.movingNamespace(root.namespace, to: unnamespacedAtom, keepingInside: textConstructs)
        default:
            return root
        }
    }
}

extension XMLElement {
    /// This element and its descendants, those in namespace `from` moved to `to`; the children of elements
    /// named in `keepingInside` are left as they are.
    func movingNamespace(_ from: String?, to: String?, keepingInside: Set<String> = []) -> XMLElement {
        var copy = self
        guard copy.namespace == from else { return copy }
        copy.namespace = to
        guard !keepingInside.contains(lowerName) else { return copy }
        copy.children = children.map {
            if case .element(let child) = $0 { return .element(child.movingNamespace(from, to: to, keepingInside: keepingInside)) }
            return $0
        }
        return copy
    }
}
