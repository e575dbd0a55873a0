import Foundation
import SitegenCore

/// Turns output paths into the site's URLs: root-relative for links inside pages, absolute for feeds,
/// canonical links and the sitemap.
struct URLBuilder: Sendable {
    /// Absolute base with a trailing slash, e.g. `https://example.org/blog/`.
    let base: String
    /// The path part of the base, e.g. `/blog/`.
    let root: String

    init(baseURL: String) {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.base = base
        if let url = URL(string: base), !url.path.isEmpty {
            root = url.path.hasSuffix("/") ? url.path : url.path + "/"
        } else {
            root = "/"
        }
    }

    /// True when the base is an absolute URL (`https://…`); without one nothing absolute is written.
    var isAbsolute: Bool { base.contains("://") }

    /// The absolute URL when the site has a base URL, else the root-relative one.
    func best(_ path: String) -> String { isAbsolute ? absolute(path) : relative(path) }

    /// `posts/x/` → `/blog/posts/x/`.
    func relative(_ path: String) -> String { root + path }

    /// `posts/x/` → `https://example.org/blog/posts/x/`.
    func absolute(_ path: String) -> String { base + path }

    /// Makes a root-relative URL (`/blog/x`) absolute; leaves absolute URLs and fragments alone.
    func absolutize(_ url: String) -> String {
        if url.hasPrefix("/") && !url.hasPrefix("//") {
            return url.hasPrefix(root) ? base + url.dropFirst(root.count) : base + url.dropFirst()
        }
        return url
    }

    /// The output path of a page from its permalink pattern (`/posts/:slug/`), slug and date.
    static func path(pattern: String, slug: String, date: Date?) -> String {
        var path = pattern
        let parts = date.map { Calendar.utc.dateComponents([.year, .month, .day], from: $0) }
        path = path.replacingOccurrences(of: ":slug", with: slug)
        path = path.replacingOccurrences(of: ":year", with: parts.map { String(format: "%04d", $0.year ?? 0) } ?? "undated")
        path = path.replacingOccurrences(of: ":month", with: parts.map { String(format: "%02d", $0.month ?? 0) } ?? "00")
        path = path.replacingOccurrences(of: ":day", with: parts.map { String(format: "%02d", $0.day ?? 0) } ?? "00")
        while path.hasPrefix("/") { path.removeFirst() }
        if !path.isEmpty && !path.hasSuffix("/") { path += "/" }
        return path
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC, so dates print the same on every machine.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
