import Foundation
import SitegenCore
import SitegenMarkdown

/// Finds images a post names that will not exist in the output: a relative path missing from its page bundle,
/// or a site-absolute path missing from `Content/static/`.
struct ImageCheck: Sendable {
    let contentRoot: URL

    func diagnostics(for page: SitePage) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var seen: Set<String> = []
        for image in DocumentWalk.images(in: page.document) {
            let source = image.source.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            let path = source.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
            guard !path.isEmpty, !path.contains("://"), !path.hasPrefix("//"), !path.hasPrefix("data:"), seen.insert(path).inserted else { continue }
            let decoded = path.removingPercentEncoding ?? path
            let candidate: URL?
            if decoded.hasPrefix("/"), let root = page.file?.quarto?.projectRoot {
                candidate = root.appendingPathComponent(String(decoded.dropFirst()))
            } else if decoded.hasPrefix("/") {
                candidate = contentRoot.appendingPathComponent("static").appendingPathComponent(String(decoded.dropFirst()))
            } else if let file = page.file, file.bundle != nil || file.resourceFolder != nil || file.quarto != nil {
                candidate = file.resource(decoded) ?? file.bundle?.appendingPathComponent(decoded)
            } else {
                candidate = nil
            }
            if let candidate, FileManager.default.fileExists(atPath: candidate.path) { continue }
            let hint = decoded.hasPrefix("/")
                ? "put the file at Content/static\(decoded), or fix the path"
                : page.file?.bundle != nil || page.file?.resourceFolder != nil
                    ? "put the file next to the post's source file, or fix the path"
                    : "make the post a page bundle (Content/posts/<slug>/index.md with the image beside it) or use a /path under Content/static/"
            result.append(.warning("image '\(image.source)' not found", at: image.location, rule: "missing-image", hint: hint))
        }
        return result
    }
}
