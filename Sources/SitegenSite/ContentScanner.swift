import Foundation
import SitegenCore

/// Finds posts, pages, page bundles and static files under `Content/`.
struct ContentScanner {
    let root: URL

    struct Inventory: Sendable {
        var files: [ContentFile] = []
        /// Static files: source → output path relative to the site output.
        var statics: [(URL, String)] = []
    }

    func scan() throws -> Inventory {
        let content = root.appendingPathComponent("Content")
        var inventory = Inventory()
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw SitegenError("no Content/ folder in \(root.path)", diagnostics: [
                .error("no Content/ folder", at: SourceLocation(file: root.path),
                       hint: "run sitegen in the site's root, or pass --source DIR; posts go in Content/posts/"),
            ])
        }
        inventory.files += try markdown(in: content.appendingPathComponent("posts"), kind: .post)
        inventory.files += try markdown(in: content.appendingPathComponent("pages"), kind: .page)
        let staticRoot = content.appendingPathComponent("static")
        for rel in Self.files(under: staticRoot) {
            inventory.statics.append((staticRoot.appendingPathComponent(rel), rel))
        }
        return inventory
    }

    private func markdown(in folder: URL, kind: ContentFile.Kind) throws -> [ContentFile] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return [] }
        var files: [ContentFile] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            let section = kind == .post ? "posts" : "pages"
            if isDirectory.boolValue {
                let index = url.appendingPathComponent("index.md")
                guard fm.fileExists(atPath: index.path) else { continue }
                files.append(ContentFile(
                    kind: kind, url: index, displayPath: "Content/\(section)/\(name)/index.md",
                    id: "\(section)/\(name)", slug: Self.slug(fromName: name), bundle: url))
            } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
                let base = String(name[..<name.lastIndex(of: ".")!])
                files.append(ContentFile(
                    kind: kind, url: url, displayPath: "Content/\(section)/\(name)",
                    id: "\(section)/\(base)", slug: Self.slug(fromName: base), bundle: nil))
            }
        }
        return files
    }

    /// `2024-05-01-my-post` → `my-post`, as Jekyll and Zola do.
    static func slug(fromName name: String) -> String {
        let chars = Array(name)
        if chars.count > 11, chars[4] == "-", chars[7] == "-", chars[10] == "-",
           chars[0..<4].allSatisfy(\.isNumber), chars[5..<7].allSatisfy(\.isNumber), chars[8..<10].allSatisfy(\.isNumber) {
            return Slugger.slug(String(chars[11...]))
        }
        let slug = Slugger.slug(name)
        return slug.isEmpty ? "untitled" : slug
    }

    /// Regular files under `folder`, relative paths, sorted; hidden files skipped.
    static func files(under folder: URL) -> [String] { FileTree.files(under: folder) }
}
