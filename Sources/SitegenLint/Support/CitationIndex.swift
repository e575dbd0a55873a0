import SitegenCore

/// The citations of documents: every cited item with its location, and the keys named in `nocite`.
enum CitationIndex {
    /// Every cited item, in document order.
    static func items(in documents: [Document]) -> [Citation.Item] {
        var out: [Citation.Item] = []
        for document in documents {
            for (inline, _, _) in DocumentWalker.inlines(of: document) {
                if case .citation(let citation) = inline { out += citation.items }
            }
        }
        return out
    }

    /// Keys cited or listed in front matter `nocite` (`"@a, @b"` or a list); `*` means every entry.
    static func usedKeys(in documents: [Document]) -> (keys: Set<String>, all: Bool) {
        var keys = Set(items(in: documents).map(\.key))
        var all = false
        for document in documents {
            for entry in document.metadata.extra["nocite"]?.stringList ?? [] {
                for word in entry.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
                    let key = word.hasPrefix("@") ? String(word.dropFirst()) : String(word)
                    if key == "*" { all = true } else if !key.isEmpty { keys.insert(key) }
                }
            }
        }
        return (keys, all)
    }
}
