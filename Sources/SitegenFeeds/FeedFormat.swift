/// The syndication format a feed was written in; raw values follow feedparser's `version` strings where it has one.
public enum FeedFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// RSS 0.90 (RDF, Netscape namespace).
    case rss090
    /// RSS 0.91.
    case rss091
    /// RSS 0.92.
    case rss092
    /// RSS 0.93.
    case rss093
    /// RSS 0.94.
    case rss094
    /// RSS 1.0 (RDF).
    case rss10
    /// RSS 2.0.
    case rss20
    /// An `<rss>` root without a version sitegen recognises.
    case rss
    /// Atom 0.3.
    case atom03
    /// Atom 1.0 (RFC 4287).
    case atom10
    /// A `<feed>` root without a known Atom namespace or version.
    case atom
    /// Microsoft's Channel Definition Format (`<CHANNEL>` with `<ITEM>`s), which feedparser also reads.
    case cdf
    /// JSON Feed 1.0.
    case json10 = "json1"
    /// JSON Feed 1.1.
    case json11

    /// A human-readable name for messages, e.g. "RSS 2.0".
    public var displayName: String {
        switch self {
        case .rss090: return "RSS 0.90"
        case .rss091: return "RSS 0.91"
        case .rss092: return "RSS 0.92"
        case .rss093: return "RSS 0.93"
        case .rss094: return "RSS 0.94"
        case .rss10: return "RSS 1.0"
        case .rss20: return "RSS 2.0"
        case .rss: return "RSS"
        case .atom03: return "Atom 0.3"
        case .atom10: return "Atom 1.0"
        case .atom: return "Atom"
        case .cdf: return "CDF"
        case .json10: return "JSON Feed 1.0"
        case .json11: return "JSON Feed 1.1"
        }
    }
}
