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
            default:
                if let near = Self.misspeltKey(key) {
                    diagnostics.append(.warning(
                        "unknown front matter key `\(key)`; did you mean `\(near)`?", at: location(keyNode.mark), rule: "front-matter-key",
                        hint: "rename it to `\(near)`; keys sitegen and Quarto do not use are kept for templates (`page.params`)"))
                }
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

    /// Front matter keys sitegen or Quarto read. A key within a small edit distance of one of them is most likely a
    /// typo (`tgas`); any other unknown key is the author's own, for templates, and stays quiet.
    static let knownKeys: Set<String> = [
        // sitegen
        "title", "date", "updated", "date-modified", "lastmod", "author", "authors", "tags", "categories", "description",
        "draft", "slug", "aliases", "link", "summary", "image", "image-alt", "subtitle", "weight", "bibliography", "csl",
        "citation", "nocite", "references", "toc", "number-sections", "crossref", "math", "math-macros", "highlight",
        "highlight-style", "code-line-numbers", "html-math-method", "reference-location", "lang", "abstract", "keywords",
        // Quarto
        "date-format", "toc-depth", "toc-title", "toc-location", "number-depth", "format", "execute", "jupyter", "engine",
        "freeze", "echo", "code-fold", "code-tools", "code-summary", "filters", "listing", "page-layout", "title-block-banner",
        "license", "copyright", "fig-cap-location", "tbl-cap-location", "citation-location", "comments", "search", "sidebar",
        "lightbox", "editor", "params", "resources", "google-scholar", "doi", "order", "funding", "appendix-style",
        "affiliation", "affiliations", "institute", "abstract-title", "other-links", "code-links", "fig-width", "fig-height",
        "df-print", "warning", "error", "include", "output", "eval", "css", "theme", "pagetitle", "author-title",
        // Hugo and Zola posts moved over
        "layout", "type", "url", "series", "expirydate", "publishdate", "headless", "taxonomies", "extra", "template",
    ]

    /// The known key `key` is a likely typo of (at most two edits away, and no closer to another key), or nil.
    static func misspeltKey(_ key: String) -> String? {
        guard !knownKeys.contains(key), key.count >= 3 else { return nil }
        let lowered = key.lowercased()
        if knownKeys.contains(lowered) { return lowered }
        // One edit (a swap counts as one) for short keys, two from seven characters on: `type` is not `theme`.
        let limit = lowered.count >= 7 ? 2 : 1
        return knownKeys.sorted().first { EditDistance.within(lowered, $0, limit: limit) }
    }

    private mutating func date(_ node: Node, key: String) -> Date? {
        guard case .scalar = node else {
            diagnostics.append(.error(
                "`\(key)` should be one date, not \(node.sequence != nil ? "a list" : "a mapping")", at: location(node.mark), rule: "invalid-date",
                hint: "write the date as \(FrontMatterDate.acceptedForms)"))
            return nil
        }
        guard let text = node.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let date = FrontMatterDate.parse(text) {
            if text.contains("/") { diagnostics.append(slashedDate(text, date, key: key, at: node.mark)) }
            return date
        }
        diagnostics.append(badDate(text, key: key, at: node.mark))
        return nil
    }

    /// `10/04/2025` is read month-first, as Quarto (and pandoc's YAML dates) read it; the warning names the day.
    private func slashedDate(_ text: String, _ date: Date, key: String, at mark: Mark?) -> Diagnostic {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let (y, m, d) = (parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
        let iso = String(format: "%04d-%02d-%02d", y, m, d)
        return .warning(
            "date \"\(text)\" in `\(key)` is read month-first, as Quarto reads it: \(months[m - 1]) \(d), \(y)", at: location(mark),
            rule: "date-format", hint: "write `\(key): \(iso)` (ISO 8601, year first) so no reader can take it for another day")
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
