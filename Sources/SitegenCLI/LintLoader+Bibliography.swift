import Foundation
import SitegenLint
import SitegenCore
import SitegenSite

extension LintLoader {
    /// The bibliography files of the site (`bibliography:` in sitegen.yml, `Content/references.bib`, and each
    /// post's own `bibliography:`), read into an inventory of keys with their locations; nil when there are none.
    func bibliography(into loaded: inout Loaded) -> BibliographyInventory? {
        var paths = config.bibliography.map { "Content/" + $0 }
        if paths.isEmpty, FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/references.bib").path) {
            paths.append("Content/references.bib")
        }
        for document in loaded.context.documents {
            let folder = (document.sourcePath as NSString).deletingLastPathComponent
            for name in document.metadata.extra["bibliography"]?.stringList ?? [] {
                paths.append(((folder as NSString).appendingPathComponent(name) as NSString).standardizingPath)
            }
        }
        var entries: [BibliographyInventory.Entry] = []
        var seen: Set<String> = []
        for path in paths where seen.insert(path).inserted {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                loaded.diagnostics.append(.warning("cannot read bibliography \(path)", at: SourceLocation(file: path), rule: "missing-bibliography"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            loaded.context.sources[path] = text
            entries += BibliographyInventory.scanKeys(text, path: path)
        }
        return seen.isEmpty ? nil : BibliographyInventory(entries: entries)
    }
}
