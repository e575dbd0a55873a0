import Foundation
import SitegenLint
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
            entries += Self.keys(in: text, path: path)
        }
        return seen.isEmpty ? nil : BibliographyInventory(entries: entries)
    }

    /// Entry keys with their line: `@type{key,` in BibTeX, `"id": "key"` in CSL-JSON, `id: key` in CSL-YAML.
    static func keys(in text: String, path: String) -> [BibliographyInventory.Entry] {
        var entries: [BibliographyInventory.Entry] = []
        let isBibTeX = path.hasSuffix(".bib") || path.hasSuffix(".bibtex")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let key = isBibTeX ? bibTeXKey(line) : cslKey(line)
            guard let (key, column) = key else { continue }
            entries.append(.init(key: key, location: SourceLocation(file: path, line: index + 1, column: column)))
        }
        return entries
    }

    private static func bibTeXKey(_ line: Substring) -> (String, Int)? {
        guard let at = line.firstIndex(of: "@"), line[..<at].allSatisfy(\.isWhitespace) else { return nil }
        let rest = line[line.index(after: at)...]
        guard let brace = rest.firstIndex(where: { $0 == "{" || $0 == "(" }) else { return nil }
        let type = rest[..<brace].trimmingCharacters(in: .whitespaces).lowercased()
        guard !type.isEmpty, !["comment", "string", "preamble"].contains(type) else { return nil }
        let key = rest[rest.index(after: brace)...].prefix { $0 != "," && $0 != "}" }.trimmingCharacters(in: .whitespaces)
        return key.isEmpty ? nil : (key, line.distance(from: line.startIndex, to: at) + 1)
    }

    private static func cslKey(_ line: Substring) -> (String, Int)? {
        let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "\t" || $0 == "{" }
        for prefix in ["\"id\":", "id:"] where trimmed.hasPrefix(prefix) {
            let value = trimmed.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: " \",'\t"))
            return value.isEmpty ? nil : (value, line.distance(from: line.startIndex, to: trimmed.startIndex) + 1)
        }
        return nil
    }
}
