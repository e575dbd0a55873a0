import Foundation
import SitegenCore

extension LintLoader {
    /// File extensions `sitegen lint` reads as Markdown when files or folders are named on the command line.
    static let namedMarkdownExtensions: Set<String> = ["md", "markdown", "qmd"]

    /// The Markdown files a named path stands for: the file itself, or the Markdown files under a folder
    /// (recursive, sorted, hidden files skipped), as paths in the form the user gave them (`./` dropped).
    /// Nil when nothing exists at the path.
    static func markdownFiles(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        let clean = cleaned(path)
        guard isDirectory.boolValue else { return [clean] }
        let base = clean == "." ? "" : (clean.hasSuffix("/") ? clean : clean + "/")
        return FileTree.files(under: URL(fileURLWithPath: path))
            .filter { namedMarkdownExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { base + $0 }
    }

    /// `./a/b.md` → `a/b.md`; `a//b` → `a/b`.
    static func cleaned(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
        return path.isEmpty ? "." : path
    }

    /// Reads and parses Markdown files named outside the site's Content/ (paths relative to the current
    /// directory, or absolute); each document's id is its path without the extension.
    func load(external paths: [String], into loaded: inout Loaded) {
        let parsed = paths.parallelMap { path -> (text: String, document: Document, diagnostics: [Diagnostic])? in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            let id = (path as NSString).deletingPathExtension
            let (document, diagnostics) = MarkdownLoading.parse(text, path: path, id: id)
            return (text, document, diagnostics)
        }
        for (path, result) in zip(paths, parsed) where loaded.context.sources[path] == nil {
            add(result, path: path, into: &loaded)
        }
    }
}
