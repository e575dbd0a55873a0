import Foundation
import SitegenCore

/// What the built site will contain, for link checks: page URLs with their anchors, other output files,
/// and which source file becomes which page.
public struct SiteInventory: Sendable, Hashable {
    /// Anchors by page URL path; paths start and end with `/` (`/posts/x/`).
    public var pages: [String: Set<String>]
    /// Other output files by URL path (`/logo.png`, `/posts/x/plot.png`, `/feed.xml`); nil when unknown,
    /// in which case links to things that look like files (with an extension) are not checked.
    public var files: Set<String>?
    /// Page URL path by source path (`Content/posts/x.md` → `/posts/x/`), for links written to `.md` files.
    public var urlBySourcePath: [String: String]
    /// URL path prefixes under which the build generates pages lint cannot list (`/reading/…`, `/page/2/`);
    /// links below them are not checked.
    public var generatedPrefixes: Set<String> = []
    /// The site's absolute base URL (`https://example.org/blog/`); links under it count as internal.
    public var baseURL: String
    /// Pages the build leaves out, by page key (`/posts/x/`), with why (`a draft`, `dated 2030-01-01, in the
    /// future`); a link to one is reported, not resolved.
    public var unpublished: [String: String] = [:]
    /// The folder `/`-rooted source links (`/posts/x.md`, `@/posts/x.md`) start from: `Content` in a sitegen
    /// site, "" (the project root) in a Quarto project.
    public var sourceRoot = "Content"

    /// Creates an inventory.
    public init(pages: [String: Set<String>], files: Set<String>? = nil, urlBySourcePath: [String: String] = [:], baseURL: String = "/") {
        self.pages = pages
        self.files = files
        self.urlBySourcePath = urlBySourcePath
        self.baseURL = baseURL
    }

    /// The URL path prefix of the site (`/blog/` for `https://example.org/blog/`).
    public var basePath: String {
        var path = URLComponents(string: baseURL)?.path ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The anchors of the page at `path`, accepting `/x`, `/x/` and `/x/index.html` for the same page.
    public func anchors(ofPage path: String) -> Set<String>? {
        pages[Self.pageKey(path)]
    }

    /// True when `path` is another output file (not a page).
    public func containsFile(_ path: String) -> Bool {
        guard let files else { return false }
        return files.contains(path) || files.contains(path.removingPercentEncoding ?? path)
    }

    /// The canonical page key of a URL path: leading and trailing `/`, no `index.html`.
    public static func pageKey(_ path: String) -> String {
        var key = path
        if key.hasSuffix("/index.html") { key.removeLast("index.html".count) }
        if key.hasSuffix(".html") { key.removeLast(".html".count) }
        if !key.hasPrefix("/") { key = "/" + key }
        if !key.hasSuffix("/") { key += "/" }
        return key
    }
}
