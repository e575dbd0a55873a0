import Foundation

/// Writes CSL items as CSL-JSON (pretty-printed, sorted keys, slashes unescaped) for `cite.json` files.
enum CSLJSONWriter {
    static func json(_ items: [CSLItem]) -> String {
        let objects = items.map(object)
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "[]"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static let upperCase: Set<String> = ["doi", "url", "isbn", "issn", "pmid", "pmcid"]

    static func object(_ item: CSLItem) -> [String: Any] {
        var o: [String: Any] = ["id": item.id, "type": item.type]
        for (k, v) in item.fields { o[upperCase.contains(k) ? k.uppercased() : k] = v }
        for (k, names) in item.names {
            o[k] = names.map { n -> [String: Any] in
                var d: [String: Any] = [:]
                d["family"] = n.family
                d["given"] = n.given
                d["literal"] = n.literal
                d["non-dropping-particle"] = n.nonDroppingParticle
                d["dropping-particle"] = n.droppingParticle
                d["suffix"] = n.suffix
                return d.compactMapValues { $0 }
            }
        }
        for (k, d) in item.dates {
            var v: [String: Any] = [:]
            if !d.parts.isEmpty { v["date-parts"] = d.parts }
            if let l = d.literal { v["literal"] = l }
            if let s = d.season { v["season"] = s }
            if d.circa { v["circa"] = true }
            o[k] = v
        }
        return o
    }
}
