import Foundation
import SitegenCore

/// Resolves the links and image sources of Markdown documents against the site inventory.
struct LinkChecker {
    /// A link that does not resolve.
    struct Problem {
        enum Kind {
            /// No page or file at the target.
            case missingTarget
            /// The page exists, the fragment does not; carries the page's anchors for suggestions.
            case missingAnchor(Set<String>)
        }

        var kind: Kind
        var destination: String
        var location: SourceLocation
        var isImage: Bool
    }

    let site: SiteInventory

    /// Every unresolved link and image of the Markdown documents in `context`.
    static func problems(in context: LintContext, site: SiteInventory) -> [Problem] {
        let checker = LinkChecker(site: site)
        var locator = RawLocator(sources: context.sources)
        var out: [Problem] = []
        for document in context.documents {
            guard case .file(let path) = document.origin else { continue }
            let anchors = LabelIndex.anchors(in: document)
            for (inline, holder, _) in DocumentWalker.inlines(of: document) {
                let destination: String
                let start: SourceLocation
                let isImage: Bool
                switch inline {
                case .link(let target, _, _): (destination, start, isImage) = (target, holder, false)
                case .image(let image): (destination, start, isImage) = (image.source, image.location, true)
                default: continue
                }
                guard let kind = checker.resolve(destination, from: path, anchors: anchors) else { continue }
                let location = locator.locate(destination, after: ["](", "](<", "href=\"", "src=\""], from: start)
                out.append(Problem(kind: kind, destination: destination, location: location, isImage: isImage))
            }
            out += figureImages(document, path: path, checker: checker, locator: &locator)
        }
        return out
    }

    private static func figureImages(_ document: Document, path: String, checker: LinkChecker, locator: inout RawLocator) -> [Problem] {
        var out: [Problem] = []
        for visit in DocumentWalker.blocks(of: document) {
            guard case .figure(let figure) = visit.block.kind else { continue }
            for image in figure.images {
                guard let kind = checker.resolve(image.source, from: path, anchors: []) else { continue }
                let location = locator.locate(image.source, after: ["](", "](<"], from: image.location)
                out.append(Problem(kind: kind, destination: image.source, location: location, isImage: true))
            }
        }
        return out
    }

    /// Nil when `destination` resolves (or is external or cannot be judged), else what is wrong.
    func resolve(_ destination: String, from sourcePath: String, anchors: Set<String>) -> Problem.Kind? {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let (pathPart, fragment) = Self.split(trimmed)
        if pathPart.isEmpty {
            guard let fragment, !fragment.isEmpty else { return nil }
            return anchors.contains(fragment) ? nil : .missingAnchor(anchors)
        }
        let urlPath: String
        if Self.isSourceLink(pathPart) {
            guard let page = pageURL(ofSource: pathPart, from: sourcePath) else { return .missingTarget }
            urlPath = page
        } else {
            guard let path = self.urlPath(of: pathPart, from: sourcePath) else { return nil }
            urlPath = path
        }
        if let pageAnchors = site.anchors(ofPage: urlPath) {
            guard let fragment, !fragment.isEmpty, !pageAnchors.contains(fragment) else { return nil }
            return .missingAnchor(pageAnchors)
        }
        if site.containsFile(urlPath) || site.generatedPrefixes.contains(where: { urlPath.hasPrefix($0) }) { return nil }
        let looksLikeFile = (urlPath.split(separator: "/").last ?? "").contains(".")
        return looksLikeFile && site.files == nil ? nil : .missingTarget
    }

    /// The site URL path a link points to; nil for external links and paths outside the site.
    func urlPath(of link: String, from sourcePath: String) -> String? {
        var link = link
        if let scheme = link.firstIndex(of: ":"), link[..<scheme].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }) {
            guard site.baseURL.contains("://"), link.hasPrefix(site.baseURL) else { return nil }
            link = site.basePath + link.dropFirst(site.baseURL.count)
        }
        if link.hasPrefix("//") { return nil }
        let resolved = link.hasPrefix("/") ? link : (site.urlBySourcePath[sourcePath] ?? "/") + link
        let path = Self.normalise(resolved)
        return path.hasPrefix(site.basePath) || path + "/" == site.basePath ? path : nil
    }

    /// True for links written to a Markdown source file (`../other.md`), which the build rewrites to its page.
    static func isSourceLink(_ path: String) -> Bool {
        (path.hasSuffix(".md") || path.hasSuffix(".markdown")) && !path.contains("://")
    }

    /// The page URL of the source file a `.md` link names, relative to the linking file or to `Content/`.
    func pageURL(ofSource link: String, from sourcePath: String) -> String? {
        let source = link.hasPrefix("/") ? "Content" + link : Self.join(directory(of: sourcePath), link)
        return site.urlBySourcePath[Self.normalise(source.removingPercentEncoding ?? source)]
    }

    private func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Splits off `?query` and `#fragment`.
    static func split(_ link: String) -> (path: String, fragment: String?) {
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
    static func normalise(_ path: String) -> String {
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
