import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps request paths to files of the built site, refusing anything outside it: no `..`, no encoded
/// separators, no symbolic link that leads out, no directory listings.
struct SiteFiles: Sendable {
    /// The output folder being served.
    let root: URL
    /// The base URL's path (`/` or `/blog/`): requests outside it are not part of the site.
    let basePath: String

    init(root: URL, basePath: String) {
        self.root = root.standardizedFileURL
        self.basePath = basePath
    }

    /// What a request path resolves to.
    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: redirect, as web servers do.
        case redirect(String)
        case notFound
    }

    func resolve(_ rawPath: String) -> Resolution {
        let pathOnly = String(rawPath.prefix { $0 != "?" && $0 != "#" })
        guard let decoded = pathOnly.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return .notFound }
        if decoded + "/" == basePath { return .redirect(basePath) }
        guard decoded.hasPrefix(basePath) else { return .notFound }
        let relative = decoded.dropFirst(basePath.count)
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return .notFound }
        var url = root
        for part in parts { url.appendPathComponent(String(part)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") || parts.isEmpty else { return .redirect(decoded + "/") }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
        }
        guard inside(url) else { return .notFound }
        return .file(url)
    }

    /// The site's own 404 page, when it has one.
    var notFoundPage: URL? {
        let url = root.appendingPathComponent("404.html")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// True when the file's real path (symbolic links resolved) is inside the real output folder.
    private func inside(_ url: URL) -> Bool {
        guard let real = Self.realPath(url.path), let base = Self.realPath(root.path) else { return false }
        return real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// `SiteFiles` for the current base path (it may change when sitegen.yml does).
struct SiteFilesProvider: Sendable {
    let root: URL
    let state: ServeState

    var current: SiteFiles { SiteFiles(root: root, basePath: state.basePath) }
}
