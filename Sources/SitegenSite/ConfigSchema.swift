import Foundation
import SitegenCore
import SitegenMarkdown
import Yams

/// The keys `sitegen.yml` may hold below its top level, described as data: the loader walks the file against
/// it so a misspelt nested key (`feed: contnet:`, `permalinks: post:`) is a warning naming the nearest valid key,
/// at its line and column. Top-level keys are `SiteConfig.knownKeys`, checked by `ConfigReader`.
indirect enum ConfigSchema: Sendable {
    /// A value without keys to check (a string, a number, a list of strings).
    case value
    /// Keys the site owner chooses (`params:`) or that another module checks (`lint:`, docs/lint.md).
    case open
    /// A mapping with these keys.
    case keys([String: ConfigSchema])
    /// A list whose items have this shape; a single item stands for a list of one.
    case list(ConfigSchema)

    /// The sections of `sitegen.yml` that have nested keys (README, "Configuration").
    static let sections: [String: ConfigSchema] = [
        "authors": .list(.keys(["name": .value, "url": .value, "email": .value])),
        "feeds": .list(.keys(["url": .value, "path": .value, "name": .value, "limit": .value, "tags": .value])),
        "permalinks": .keys(["posts": .value, "pages": .value]),
        "feed": .keys(["content": .value, "limit": .value]),
        "reading": .keys(["title": .value]),
        "home": .keys(["about": .value]),
        "crossref": .keys(Dictionary(uniqueKeysWithValues: RenderOptions.defaultPrefixes.keys.map { ("\($0)-prefix", ConfigSchema.value) })),
        "analysis": .keys(["enabled": .value, "show_on_own_posts": .value]),
        "params": .open,
        "lint": .open,
    ]

    /// Warnings for unknown keys below the top level of `mapping`, in file order.
    static func unknownNestedKeys(in mapping: Node.Mapping, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (key, value) in mapping {
            guard let name = key.string, let schema = sections[name] else { continue }
            schema.check(value, at: name, path: path, into: &found)
        }
        return found
    }

    private func check(_ node: Node, at section: String, path: String, into found: inout [Diagnostic]) {
        switch (self, node) {
        case (.list(let item), .sequence(let sequence)):
            for element in sequence { item.check(element, at: section, path: path, into: &found) }
        case (.list(let item), _):
            item.check(node, at: section, path: path, into: &found)
        case (.keys(let known), .mapping(let mapping)):
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                guard let inner = known[name] else {
                    let candidates = known.keys.sorted()
                    let hint = Suggestion.nearest(to: name, in: candidates).map { "did you mean '\($0)'?" }
                        ?? "keys of `\(section)`: \(candidates.joined(separator: ", "))"
                    found.append(.warning("unknown key '\(name)' in `\(section)` in \(path); it is ignored",
                                          at: YAMLReader.location(of: key, path: path), rule: "config-key", hint: hint))
                    continue
                }
                inner.check(value, at: "\(section).\(name)", path: path, into: &found)
            }
        default:
            break  // wrong types are ConfigReader's errors; open sections are not checked here
        }
    }
}
