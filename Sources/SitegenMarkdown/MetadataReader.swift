import Foundation
import SitegenCore
import Yams

/// Turns a composed YAML mapping into `Metadata`, collecting diagnostics with file positions.
struct MetadataReader {
    let path: String
    /// Added to YAML line numbers to get file lines.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Bounds the work on hostile YAML (alias bombs): nodes converted in total.
    private var budget = 20_000

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    mutating func read(_ mapping: Node.Mapping) -> Metadata {
        var metadata = Metadata()
        var tags: [String] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            metadata.extra[key] = metaValue(value, depth: 0)
            switch key {
            case "title": metadata.title = text(value, key: key) ?? ""
            case "date": metadata.date = date(value, key: key)
            case "updated", "date-modified", "lastmod": metadata.updated = date(value, key: key)
            case "author", "authors": metadata.authors += authors(value)
            case "tags", "categories": tags += strings(value)
            case "description": metadata.description = text(value, key: key)
            case "draft": metadata.draft = value.bool ?? (value.string == "true")
            case "slug": metadata.slug = slug(value)
            case "aliases": metadata.aliases = strings(value)
            case "link": metadata.link = text(value, key: key)
            default: break
            }
        }
        var seen = Set<String>()
        metadata.tags = tags.filter { seen.insert($0).inserted }
        checkTags(metadata.tags, mapping)
        return metadata
    }

    /// A value that must be one piece of text: a list or mapping is an error at the value, not a missing title.
    private mutating func text(_ node: Node, key: String) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        let shape = node.sequence != nil ? "a list" : "a mapping"
        diagnostics.append(.error(
            "`\(key)` should be text, not \(shape)", at: location(node.mark), rule: "front-matter",
            hint: "quote the value if the brackets are part of it: \(key): \"[a, b]\""))
        return nil
    }

    /// `slug:` becomes a folder name: at most `SiteLimits.slugBytes` bytes.
    private mutating func slug(_ node: Node) -> String? {
        guard let slug = text(node, key: "slug") else { return nil }
        guard slug.utf8.count <= SiteLimits.slugBytes else {
            diagnostics.append(.error(
                "`slug` is \(slug.utf8.count) bytes long; at most \(SiteLimits.slugBytes) fit in a URL segment and a folder name",
                at: location(node.mark), rule: "front-matter", hint: "shorten the slug"))
            return nil
        }
        return slug
    }

    /// Absurd tag counts and tag names too long to be a folder name.
    private mutating func checkTags(_ tags: [String], _ mapping: Node.Mapping) {
        let node = mapping.first { $0.key.string == "tags" || $0.key.string == "categories" }?.value
        if tags.count > SiteLimits.tagsPerPostWarning {
            diagnostics.append(.warning(
                "this post has \(tags.count) tags; listings show the first \(SiteLimits.tagsPerListingEntry) and feeds the first \(SiteLimits.tagsPerFeedItem)",
                at: location(node?.mark), rule: "too-many-tags",
                hint: "tags group posts by topic; more than \(SiteLimits.tagsPerPostWarning) is almost certainly generated text"))
        }
        if let long = tags.first(where: { $0.utf8.count > SiteLimits.slugBytes }) {
            diagnostics.append(.warning(
                "a tag is \(long.utf8.count) bytes long; tags longer than \(SiteLimits.slugBytes) bytes get no tag page",
                at: location(node?.mark), rule: "too-many-tags", hint: "shorten the tag"))
        }
    }

    private mutating func date(_ node: Node, key: String) -> Date? {
        guard case .scalar = node else {
            diagnostics.append(.error(
                "`\(key)` should be one date, not \(node.sequence != nil ? "a list" : "a mapping")", at: location(node.mark), rule: "invalid-date",
                hint: "write the date as \(FrontMatterDate.acceptedForms)"))
            return nil
        }
        guard let text = node.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let date = FrontMatterDate.parse(text) { return date }
        diagnostics.append(badDate(text, key: key, at: node.mark))
        return nil
    }

    private func badDate(_ text: String, key: String, at mark: Mark?) -> Diagnostic {
        let moving = FrontMatterDate.movingDates.contains(text.lowercased())
        return .error(
            "invalid date \"\(text)\" in `\(key)`", at: location(mark), rule: "invalid-date",
            hint: moving
                ? "builds must not depend on the day they run; write the date itself, e.g. 2024-03-05"
                : "write the date as \(FrontMatterDate.acceptedForms)")
    }

    private func authors(_ node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence): return sequence.flatMap { authors($0) }
        case .mapping: return authorName(node).map { [$0] } ?? []
        default: return []
        }
    }

    /// `name: X`, or Quarto's `name: {literal: X}` / `name: {given: A, family: B}`.
    private func authorName(_ node: Node) -> String? {
        guard let name = node["name"] else { return nil }
        if let text = name.string { return text }
        if let literal = name["literal"]?.string { return literal }
        let parts = [name["given"]?.string, name["family"]?.string].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private func strings(_ node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence): return sequence.compactMap(\.string)
        default: return []
        }
    }

    mutating func metaValue(_ node: Node, depth: Int) -> MetaValue {
        budget -= 1
        guard budget > 0, depth < 32 else { return .null }
        switch node {
        case .scalar(let scalar):
            if node.null != nil, scalar.style == .plain { return .null }
            if let bool = node.bool, scalar.style == .plain { return .bool(bool) }
            if let number = node.float, scalar.style == .plain { return .number(number) }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map { metaValue($0, depth: depth + 1) })
        case .mapping(let mapping):
            var map: [String: MetaValue] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                map[name] = metaValue(value, depth: depth + 1)
            }
            return .map(map)
        case .alias:
            return .null
        }
    }

    func yamlDiagnostic(for error: Error) -> Diagnostic {
        let hint = "front matter is YAML: one `key: value` per line; quote values that contain `: ` or start with `@`, `[`, `{` or `*`"
        guard let yamlError = error as? YamlError else {
            return .error("invalid YAML in front matter: \(error)", at: location(nil), rule: "front-matter", hint: hint)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error("invalid YAML in front matter: \(detail)", at: location(mark), rule: "front-matter", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "duplicate key \(duplicates.joined(separator: ", ")) in front matter", at: location(context.mark),
                rule: "front-matter", hint: "keep one of the duplicate keys")
        default:
            return .error("invalid YAML in front matter: \(yamlError)", at: location(nil), rule: "front-matter", hint: hint)
        }
    }
}
