import Foundation
import SitegenXML

/// `xml:base` scoping and URL resolution for feed elements (Atom and RSS alike, as feedparser does).
struct FeedBase: Sendable {
    /// The base in effect, when it is an absolute URL.
    var url: URL?

    /// The base of a document fetched from `location` (only URLs count; local paths give no base).
    init(document location: String?) {
        url = URLPolicy.baseURL(location)
    }

    init(url: URL?) {
        self.url = url
    }

    /// The base in effect inside `element`: its `xml:base` resolved against this one.
    func entering(_ element: XMLElement) -> FeedBase {
        guard let declared = element.xmlBase?.trimmingCharacters(in: .whitespacesAndNewlines), !declared.isEmpty
        else { return self }
        if let url, let resolved = URL(string: declared, relativeTo: url)?.absoluteURL,
            let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https"
        {
            return FeedBase(url: resolved)
        }
        return FeedBase(url: URLPolicy.baseURL(declared) ?? url)
    }

    /// A link target made absolute and safe; nil when empty or of a refused scheme (`javascript:`).
    func link(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        return URLPolicy.sanitize(raw, base: url)
    }

    /// The base as a string, for the sanitiser.
    var string: String? { url?.absoluteString }
}
