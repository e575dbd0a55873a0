import Foundation
import SitegenCore

/// Finds posts, pages, page bundles and static files under `Content/`.
struct ContentScanner {
    let root: URL

    struct Inventory: Sendable {
        var files: [ContentFile] = []
        /// Static files: source → output path relative to the site output.
        var statics: [(URL, String)] = []
        /// Files in the post and page folders that are not read, by extension (`.ipynb`: 2).
        var skipped: [String: Int] = [:]
    }

    /// Extensions read as Markdown: `.qmd` and `.Rmd` (Quarto, R Markdown) read like `.md`.
    static let markdownExtensions: Set<String> = ["md", "markdown", "qmd", "rmd", "rmarkdown"]
    /// Bibliography and style files a post's front matter may name.
    static let bibliographyExtensions: Set<String> = ["bib", "bibtex", "json", "yaml", "yml", "csl", "ris"]

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
        for folder in ["posts", "pages"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path)) ?? [] {
                let ext = (name as NSString).pathExtension.lowercased()
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: content.appendingPathComponent(folder).appendingPathComponent(name).path, isDirectory: &isDirectory)
                // Bibliographies and styles beside posts are read through front matter, not as posts.
                guard !name.hasPrefix("."), !isDirectory.boolValue, !Self.markdownExtensions.contains(ext),
                      !Self.bibliographyExtensions.contains(ext) else { continue }
                inventory.skipped[ext.isEmpty ? name : "." + ext, default: 0] += 1
            }
        }
        return inventory
    }

    /// One note listing the files left out, by extension; nil when none were.
    static func skippedNote(_ skipped: [String: Int]) -> Diagnostic? {
        guard !skipped.isEmpty else { return nil }
        let total = skipped.values.reduce(0, +)
        let parts = skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        let notebook = skipped[".ipynb"] != nil ? " (Jupyter notebooks are not read: convert them to .qmd or .md)" : ""
        return Diagnostic(.note, "left out \(total) file(s) in Content/posts and Content/pages that are not Markdown: \(parts.joined(separator: ", "))\(notebook)",
                          at: SourceLocation(file: "Content"), rule: "skipped-files",
                          hint: "posts are .md, .qmd or .Rmd files, or folders with an index.md/index.qmd")
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
                guard let indexName = ["index.md", "index.qmd", "index.Rmd", "index.rmd", "index.markdown"]
                    .first(where: { fm.fileExists(atPath: url.appendingPathComponent($0).path) }) else { continue }
                let index = url.appendingPathComponent(indexName)
                let display = "Content/\(section)/\(name)/\(indexName)"
                files.append(ContentFile(
                    kind: kind, url: index, displayPath: display,
                    id: "\(section)/\(name)", slug: Self.slug(fromName: name), bundle: url, quarto: quarto(display)))
            } else if Self.markdownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                let base = String(name[..<name.lastIndex(of: ".")!])
                let display = "Content/\(section)/\(name)"
                files.append(ContentFile(
                    kind: kind, url: url, displayPath: display,
                    id: "\(section)/\(base)", slug: Self.slug(fromName: base), bundle: nil, quarto: quarto(display)))
            }
        }
        return files
    }

    /// `.qmd` and `.Rmd` files get Quarto's handling of code cells, shortcodes and dates (without a project).
    private func quarto(_ displayPath: String) -> QuartoFile? {
        let ext = (displayPath as NSString).pathExtension.lowercased()
        guard ext != "md", ext != "markdown" else { return nil }
        return QuartoFile(projectRoot: root, relativePath: displayPath, defaults: .map([:]), variables: .map([:]),
                          projectMetadata: .map([:]), freezeFolder: nil, inProject: false)
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
