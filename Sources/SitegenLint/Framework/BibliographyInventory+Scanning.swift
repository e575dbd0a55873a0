import Foundation
import SitegenCore

extension BibliographyInventory {
    /// Entry keys with their line, read without a full parser: `@type{key,` in BibTeX/BibLaTeX (`.bib`,
    /// `.bibtex`), `"id": "key"` in CSL-JSON, `id: key` in CSL-YAML. Good enough for unused and duplicate keys;
    /// field syntax is the bibliography stage's business.
    public static func scanKeys(_ text: String, path: String) -> [Entry] {
        var entries: [Entry] = []
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
