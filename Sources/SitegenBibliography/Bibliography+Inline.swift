import Foundation
import SitegenCore

extension Bibliography {
    /// The references of a post's front matter `references:` field (CSL-YAML, Markdown in its fields), read as
    /// a CSL-YAML file would be; `file` names the post in diagnostics.
    public static func inlineReferences(_ value: MetaValue, file: String) -> (items: [CSLItem], diagnostics: [Diagnostic]) {
        CSLJSONReader.readValue(plain(value), file: file)
    }

    /// Inline references first, then the bibliography files' items whose ids they do not repeat: an inline
    /// reference wins over a file's entry with the same id, as in pandoc.
    public static func merged(inline: [CSLItem], files: [CSLItem]) -> [CSLItem] {
        guard !inline.isEmpty else { return files }
        let ids = Set(inline.map(\.id))
        return inline + files.filter { !ids.contains($0.id) }
    }

    private static func plain(_ value: MetaValue) -> Any {
        switch value {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? Int(n) as Any : n as Any
        case .bool(let b): return b
        case .list(let items): return items.map(plain)
        case .map(let map): return map.mapValues(plain)
        case .null: return NSNull()
        }
    }
}
