import Foundation
import SitegenCore

/// The one place links are resolved: the build asks it what `href` to write, and the link rules (run by both
/// `sitegen build` and `sitegen lint`) ask it whether the target exists.
///
/// A destination may be a page URL (`/posts/x/`, written without or with the base path), a relative URL (`../x/`),
/// an absolute URL under `base_url`, or a source file (`other.md`, `../pages/about.qmd`, Zola's `@/posts/x.md`),
/// with `?query` and `#fragment`. Site-absolute paths get the base path of `base_url`; source files become
/// their page's URL, as Quarto and Zola rewrite them.
public struct LinkResolver: Sendable {
    /// What is wrong with a link.
    public enum Problem: Hashable, Sendable {
        /// No page or file at the target.
        case missingTarget
        /// The page exists, the fragment does not; carries the page's anchors for suggestions.
        case missingAnchor(Set<String>)
        /// The target is a page the build leaves out (a draft or a post dated in the future); carries why.
        case unpublished(String)
    }

    /// What a destination resolves to.
    public struct Resolution: Hashable, Sendable {
        /// The URL to write into the page.
        public var href: String
        /// Nil when the target exists (or is external, or cannot be judged).
        public var problem: Problem?
    }

    /// The site the links point into.
    public let site: SiteInventory

    /// Creates a resolver over `site`.
    public init(site: SiteInventory) {
        self.site = site
    }

    /// Resolves `destination` as written in the source file `sourcePath`, whose own page has `anchors`.
    public func resolve(_ destination: String, from sourcePath: String, anchors: Set<String> = []) -> Resolution {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return Resolution(href: destination) }
        let (pathPart, fragment) = Self.split(trimmed)
        let suffix = String(trimmed.dropFirst(pathPart.count))
        if pathPart.isEmpty {
            guard let fragment, !fragment.isEmpty, !anchors.isEmpty else { return Resolution(href: destination) }
            return Resolution(href: destination, problem: anchors.contains(fragment) ? nil : .missingAnchor(anchors))
        }
        if Self.isSourceLink(pathPart) {
            guard let page = pageURL(ofSource: pathPart, from: sourcePath) else { return Resolution(href: destination, problem: .missingTarget) }
            return Resolution(href: page + suffix, problem: check(page, fragment: fragment))
        }
        if Self.hasScheme(pathPart) || pathPart.hasPrefix("//") {
            guard site.baseURL.contains("://"), pathPart.hasPrefix(site.baseURL) else { return Resolution(href: destination) }
            let path = site.basePath + pathPart.dropFirst(site.baseURL.count)
            return Resolution(href: destination, problem: check(Self.normalise(path), fragment: fragment))
        }
        if pathPart.hasPrefix("/") {
            let prefixed = prefixed(pathPart)
            return Resolution(href: prefixed + suffix, problem: check(Self.normalise(prefixed), fragment: fragment))
        }
        let base = site.urlBySourcePath[sourcePath] ?? site.basePath
        let path = Self.normalise(Self.directoryURL(base) + pathPart)
        guard path.hasPrefix(site.basePath) || path + "/" == site.basePath else { return Resolution(href: destination) }
        return Resolution(href: destination, problem: check(path, fragment: fragment))
    }

    /// A site-absolute path with the base path in front, unless it already starts with it.
    public func prefixed(_ path: String) -> String {
        let base = site.basePath
        if base == "/" || path.hasPrefix(base) || path + "/" == base { return path }
        return base + path.drop { $0 == "/" }
    }

    /// Whether the URL path exists in the site, and its fragment on that page.
    private func check(_ urlPath: String, fragment: String?) -> Problem? {
        if let pageAnchors = site.anchors(ofPage: urlPath) {
            guard let fragment, !fragment.isEmpty, !pageAnchors.contains(fragment) else { return nil }
            return .missingAnchor(pageAnchors)
        }
        if let reason = site.unpublished[SiteInventory.pageKey(urlPath)] { return .unpublished(reason) }
        if site.containsFile(urlPath) || site.generatedPrefixes.contains(where: { urlPath.hasPrefix($0) }) { return nil }
        let looksLikeFile = (urlPath.split(separator: "/").last ?? "").contains(".")
        return looksLikeFile && site.files == nil ? nil : .missingTarget
    }

    /// The URL of the folder a page URL sits in: `/posts/x/` for `/posts/x/`, `/docs/` for `/docs/a.html`.
    private static func directoryURL(_ url: String) -> String {
        guard !url.hasSuffix("/"), let slash = url.lastIndex(of: "/") else { return url }
        return String(url[...slash])
    }

    private static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return false }
        return link[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// Extensions of source files a link may name instead of the page they become.
    public static let sourceExtensions: Set<String> = ["md", "markdown", "qmd", "rmd", "rmarkdown"]

    /// True for links written to a source file (`../other.md`, `x.qmd`, `@/posts/x.md`), which the build rewrites to its page.
    public static func isSourceLink(_ path: String) -> Bool {
        guard !path.contains("://") else { return false }
        if path.hasPrefix("@/") { return true }
        return sourceExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// The page URL of the source file a link names: relative to the linking file, or to the source root when it
    /// starts with `/` or Zola's `@/`.
    public func pageURL(ofSource link: String, from sourcePath: String) -> String? {
        let root = site.sourceRoot.isEmpty ? "" : site.sourceRoot + "/"
        let source: String
        if link.hasPrefix("@/") {
            source = root + link.dropFirst(2)
        } else if link.hasPrefix("/") {
            source = root + link.dropFirst()
        } else {
            source = Self.join(directory(of: sourcePath), link)
        }
        let path = Self.normalise(source.removingPercentEncoding ?? source)
        if let url = site.urlBySourcePath[path] { return url }
        // `2025-06-01-extra.md` for the page bundle `2025-06-01-extra/index.md` (or `index.qmd`).
        let stem = (path as NSString).deletingPathExtension
        return ["index.md", "index.qmd", "index.Rmd", "index.rmd", "index.markdown"].lazy.compactMap { site.urlBySourcePath[stem + "/" + $0] }.first
    }

    private func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Splits off `?query` and `#fragment`.
    public static func split(_ link: String) -> (path: String, fragment: String?) {
        var path = link
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...]).removingPercentEncoding
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path, fragment)
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.isEmpty ? relative : directory + "/" + relative
    }

    /// Resolves `.` and `..` segments and repeated slashes, keeping a leading and trailing `/`.
    public static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        let leading = path.hasPrefix("/") ? "/" : ""
        let trailing = path.hasSuffix("/") && !parts.isEmpty ? "/" : ""
        return leading + parts.joined(separator: "/") + trailing
    }
}
