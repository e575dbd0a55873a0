import Foundation
import SitegenCore
import SitegenMarkdown
import Yams

/// The YAML helpers a Quarto project needs: reading `_quarto.yml`, `_metadata.yml` and `_variables.yml`,
/// merging metadata the way Quarto does, looking up `a.b.c` keys, and writing front matter back as JSON
/// (which is YAML) on one line so a post's body keeps its line numbers.
enum QuartoYAML {
    /// Files larger than this are not read as project metadata (a bound against accidents, not a format limit).
    static let maximumFileSize = 4 << 20

    /// Reads a YAML file into a value; nil when it does not exist, a diagnostic when it does not parse.
    static func read(_ url: URL, displayPath: String) -> (MetaValue?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, []) }
        guard data.count <= maximumFileSize else {
            return (nil, [.warning("\(displayPath) is larger than \(maximumFileSize >> 20) MB; ignored",
                                   at: SourceLocation(file: displayPath), rule: "quarto-project")])
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            guard let node = try YAMLReader.compose(text, path: displayPath) else { return (.map([:]), []) }
            return (YAMLReader.value(node), [])
        } catch {
            return (nil, [error])
        }
    }

    /// Quarto's metadata merge: maps merge key by key (recursively), lists are joined without duplicates,
    /// and any other value of `override` replaces the one in `base`.
    static func merge(_ base: MetaValue, _ override: MetaValue) -> MetaValue {
        switch (base, override) {
        case (.map(let a), .map(let b)):
            var merged = a
            for (key, value) in b { merged[key] = a[key].map { merge($0, value) } ?? value }
            return .map(merged)
        case (.list(let a), .list(let b)):
            var seen: Set<MetaValue> = []
            return .list((a + b).filter { seen.insert($0).inserted })
        case (_, .null):
            return base
        default:
            return override
        }
    }

    /// The value at a dotted path (`website.title`, `author.name`); list items by index (`authors.0`).
    static func lookup(_ value: MetaValue, _ path: String) -> MetaValue? {
        var current = value
        for part in path.split(separator: ".") {
            switch current {
            case .map(let map):
                guard let next = map[String(part)] else { return nil }
                current = next
            case .list(let list):
                guard let index = Int(part), list.indices.contains(index) else { return nil }
                current = list[index]
            default:
                return nil
            }
        }
        return current
    }

    /// A value as one line of JSON with sorted keys (valid YAML flow syntax), for rewritten front matter.
    static func json(_ value: MetaValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: MetaValue, into out: inout String) {
        switch value {
        case .string(let s): out += quoted(s)
        case .number(let n): out += n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .map(let map):
            out += "{"
            for (i, key) in map.keys.sorted().enumerated() {
                if i > 0 { out += ", " }
                out += quoted(key) + ": "
                write(map[key]!, into: &out)
            }
            out += "}"
        }
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
