import Foundation
import SitegenCore
import Yams

/// Walks the top-level mapping of `sitegen.yml`, type-checking each key it knows.
struct ConfigReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func read(_ mapping: Node.Mapping) -> SiteConfig {
        var config = SiteConfig()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let value = YAMLReader.value(valueNode)
            let location = YAMLReader.location(of: keyNode, path: path)
            switch key {
            case "title": config.title = string(value, key, location) ?? config.title
            case "description": config.description = string(value, key, location) ?? ""
            case "base_url":
                if var url = string(value, key, location) {
                    if !url.hasSuffix("/") { url += "/" }
                    if !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                        warn("base_url should be absolute, like https://example.org/", location)
                    }
                    config.baseURL = url
                }
            case "language": config.language = string(value, key, location) ?? "en"
            case "theme": config.theme = string(value, key, location) ?? "default"
            case "authors": config.authors = authors(value)
            case "feeds": config.feeds = feeds(valueNode)
            case "permalinks": config.permalinks.merge(stringMap(value, key, location)) { $1 }
            case "paginate": config.paginate = max(1, int(value, key, location) ?? config.paginate)
            case "feed": readFeedSettings(value, location, into: &config)
            case "reading":
                if case .map(let m) = value, let title = m["title"]?.stringValue { config.readingTitle = title }
            case "bibliography": config.bibliography = value.stringList
            case "csl": config.csl = string(value, key, location)
            case "lint": config.lint = value
            case "math":
                config.extra[key] = value
                if !["mathml", "katex", "mathjax"].contains(value.stringValue ?? "") {
                    diagnostics.append(.error(
                        "`math` must be 'mathml', 'mathjax' or 'katex', not '\(value.stringValue ?? "a mapping")'",
                        at: location, hint: "math: mathml (the default: MathML written at build time, no script)"))
                }
            default:
                config.extra[key] = value
                if !SiteConfig.knownKeys.contains(key) {
                    let near = Suggestion.nearest(to: key, in: SiteConfig.knownKeys)
                    diagnostics.append(.warning(
                        "unknown key '\(key)' in \(path)", at: location,
                        hint: near.map { "did you mean '\($0)'?" } ?? "known keys: \(SiteConfig.knownKeys.joined(separator: ", "))"))
                }
            }
        }
        return config
    }

    private mutating func readFeedSettings(_ value: MetaValue, _ location: SourceLocation, into config: inout SiteConfig) {
        guard case .map(let m) = value else { return warn("`feed` should be a mapping (content, limit)", location) }
        if let content = m["content"]?.stringValue {
            if let c = SiteConfig.FeedContent(rawValue: content) {
                config.feedContent = c
            } else {
                diagnostics.append(.error("feed.content must be 'full' or 'summary', not '\(content)'", at: location))
            }
        }
        if let limit = m["limit"], case .number(let n) = limit { config.feedLimit = max(0, Int(n)) }
    }

    private func authors(_ value: MetaValue) -> [SiteConfig.Author] {
        let items: [MetaValue]
        if case .list(let list) = value { items = list } else { items = [value] }
        return items.compactMap { item in
            switch item {
            case .string(let name): return SiteConfig.Author(name: name)
            case .map(let m):
                guard let name = m["name"]?.stringValue else { return nil }
                return SiteConfig.Author(name: name, url: m["url"]?.stringValue, email: m["email"]?.stringValue)
            default: return nil
            }
        }
    }

    private mutating func feeds(_ node: Node) -> [SiteConfig.FeedSource] {
        guard case .sequence(let sequence) = node else {
            warn("`feeds` should be a list of URLs or mappings with `url`", YAMLReader.location(of: node, path: path))
            return []
        }
        var sources: [SiteConfig.FeedSource] = []
        for item in sequence {
            switch YAMLReader.value(item) {
            case .string(let location): sources.append(.init(location: location))
            case .map(let m):
                guard let location = (m["url"] ?? m["path"])?.stringValue else {
                    diagnostics.append(.error("feed entry needs `url` (or `path`)", at: YAMLReader.location(of: item, path: path),
                                              hint: "- url: https://example.org/feed.xml"))
                    continue
                }
                var limit: Int?
                if case .number(let n)? = m["limit"] { limit = Int(n) }
                sources.append(.init(location: location, name: m["name"]?.stringValue, limit: limit, tags: m["tags"]?.stringList ?? []))
            default:
                warn("ignored a feed entry that is neither a URL nor a mapping", YAMLReader.location(of: item, path: path))
            }
        }
        return sources
    }

    private mutating func string(_ value: MetaValue, _ key: String, _ location: SourceLocation) -> String? {
        if let s = value.stringValue { return s }
        diagnostics.append(.error("`\(key)` should be a string", at: location))
        return nil
    }

    private mutating func int(_ value: MetaValue, _ key: String, _ location: SourceLocation) -> Int? {
        if case .number(let n) = value { return Int(n) }
        diagnostics.append(.error("`\(key)` should be a whole number", at: location))
        return nil
    }

    private mutating func stringMap(_ value: MetaValue, _ key: String, _ location: SourceLocation) -> [String: String] {
        guard case .map(let m) = value else {
            diagnostics.append(.error("`\(key)` should be a mapping", at: location))
            return [:]
        }
        return m.compactMapValues(\.stringValue)
    }

    private mutating func warn(_ message: String, _ location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }
}
