import Foundation
import SitegenLint
import SitegenCore
import SitegenSite

extension LintLoader {
    /// The bibliography files as the build resolves them (`bibliography:` in sitegen.yml relative to Content/,
    /// and each post's own `bibliography:` relative to its folder), read into an inventory of keys with their
    /// locations; nil when there are none.
    /// Without `siteWide` (files linted outside a site) only the posts' own bibliographies are read.
    func bibliography(into loaded: inout Loaded, siteWide: Bool = true) -> BibliographyInventory? {
        let siteFiles = siteWide ? config.bibliography.map { "Content/" + $0 } : []
        var paths = siteFiles
        for document in loaded.context.documents { paths += BibliographyInventory.ownFiles(of: document) }
        var entries: [BibliographyInventory.Entry] = []
        var seen: Set<String> = []
        for path in paths where seen.insert(path).inserted {
            let file = path.hasPrefix("/") ? path : root.appendingPathComponent(path).path
            guard let data = FileManager.default.contents(atPath: file) else {
                loaded.diagnostics.append(.warning("cannot read bibliography \(path)", at: SourceLocation(file: path), rule: "missing-bibliography"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            loaded.context.sources[path] = text
            entries += BibliographyInventory.scanKeys(text, path: path)
        }
        return seen.isEmpty ? nil : BibliographyInventory(entries: entries, siteFiles: Set(siteFiles))
    }
}
