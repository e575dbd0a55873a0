import Foundation
import SitegenCore
import Yams

/// Reads CSL-JSON (`[{…}, …]`) and CSL-YAML (a list, or a mapping with `references:`) into items, as pandoc reads
/// them: names as objects, dates as `date-parts`/`raw`/`literal` objects or date strings, numbers as text.
enum CSLJSONReader {
    static let nameVariables: Set<String> = [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "executive-producer", "guest", "host", "illustrator", "interviewer",
        "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
        "script-writer", "series-creator", "translator",
    ]
    static let dateVariables: Set<String> = [
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    ]

    /// Parses JSON text.
    static func readJSON(_ text: String, file: String) -> ([CSLItem], [Diagnostic]) {
        do {
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return items(from: value, file: file, lines: lineIndex(text, idPattern: "\"id\""))
        } catch {
            let message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "invalid JSON"
            return ([], [.error("cannot read CSL-JSON bibliography: \(message.lowercased())", at: SourceLocation(file: file, line: 1, column: 1),
                               rule: "bibliography-syntax", hint: "check the file with a JSON validator")])
        }
    }

    /// Parses YAML text (a list of references or `references:`).
    static func readYAML(_ text: String, file: String) -> ([CSLItem], [Diagnostic]) {
        do {
            guard let value = try Yams.load(yaml: text) else { return ([], []) }
            let list: Any = (value as? [String: Any])?["references"] ?? value
            return items(from: list, file: file, lines: lineIndex(text, idPattern: "id:"), markdown: true)
        } catch {
            var loc = SourceLocation(file: file, line: 1, column: 1)
            if let y = error as? YamlError, case .scanner(_, _, let mark, _) = y { loc = loc.moved(line: mark.line, column: mark.column) }
            if let y = error as? YamlError, case .parser(_, _, let mark, _) = y { loc = loc.moved(line: mark.line, column: mark.column) }
            return ([], [.error("cannot read CSL-YAML bibliography: \(String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML")",
                               at: loc, rule: "bibliography-syntax", hint: "the file must be a list of references or a mapping with 'references:'")])
        }
    }

    /// Reads already-parsed CSL-YAML (front matter `references:`): a list, or a mapping with `references:`.
    static func readValue(_ value: Any, file: String) -> ([CSLItem], [Diagnostic]) {
        let list: Any = (value as? [String: Any])?["references"] ?? value
        return items(from: list, file: file, lines: [:], markdown: true)
    }

    /// Line numbers of `id` keys, so items get a location without a position-aware parser.
    private static func lineIndex(_ text: String, idPattern: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let r = line.range(of: idPattern) else { continue }
            let rest = line[r.upperBound...].drop { $0 == ":" || $0 == " " || $0 == "\"" || $0 == "'" }
            let id = rest.prefix { $0 != "\"" && $0 != "'" && $0 != "," && $0 != " " }
            if !id.isEmpty, out[String(id)] == nil { out[String(id)] = n + 1 }
        }
        return out
    }

    private static func items(from value: Any, file: String, lines: [String: Int], markdown: Bool = false) -> ([CSLItem], [Diagnostic]) {
        guard let list = value as? [Any] else {
            return ([], [.error("a CSL bibliography must be a list of references", at: SourceLocation(file: file, line: 1, column: 1),
                               rule: "bibliography-syntax", hint: "write [ {\"id\": …}, … ] or 'references:' followed by a list")])
        }
        var out: [CSLItem] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for (n, element) in list.enumerated() {
            guard let object = element as? [String: Any], let id = scalar(object["id"]) else {
                diagnostics.append(.error("reference \(n + 1) has no 'id'", at: SourceLocation(file: file, line: 0, column: 0),
                                          rule: "bibliography-syntax", hint: "give every reference an 'id' to cite it by"))
                continue
            }
            let loc = SourceLocation(file: file, line: lines[id] ?? 0, column: lines[id] == nil ? 0 : 1)
            if let first = seen[id] {
                diagnostics.append(Diagnostic(.warning, "duplicate bibliography key '\(id)' (first defined at \(first))", at: loc,
                                              rule: "duplicate-citation-key", hint: "rename one of the entries; the first definition is used",
                                              related: [.init(location: first, message: "first definition of '\(id)'")]))
                continue
            }
            seen[id] = loc
            out.append(item(object, id: id, location: loc, markdown: markdown))
        }
        return (out, diagnostics)
    }

    /// Variables kept verbatim (identifiers and links), never read as markup.
    static let rawVariables: Set<String> = ["url", "doi", "isbn", "issn", "pmid", "pmcid", "call-number", "language"]

    static func item(_ object: [String: Any], id: String, location: SourceLocation?, markdown: Bool = false) -> CSLItem {
        var item = CSLItem(id: id, type: scalar(object["type"]) ?? "", location: location)
        for (rawKey, value) in object {
            let key = rawKey.lowercased()
            if key == "id" || key == "type" { continue }
            if nameVariables.contains(key) {
                item.names[key] = names(value)
            } else if dateVariables.contains(key) {
                if let d = date(value) { item.dates[key] = d }
            } else if let s = scalar(value) {
                item.fields[key] = markdown && !rawVariables.contains(key) ? RichText.markup(MarkdownInline.convert(s)) : s
            }
        }
        readCheaterLines(into: &item)
        return item
    }

    /// Zotero's "cheater syntax": lines `DOI: 10.1/x` or `{:original-date: 1900}` in `note` set the variables
    /// they name (unless the item has them already), and leave the note, as pandoc's citeproc does.
    static func readCheaterLines(into item: inout CSLItem) {
        guard let note = item.fields["note"], note.contains(":") else { return }
        var kept: [Substring] = []
        var names: [String: [CSLName]] = [:]
        for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let (key, value) = cheaterLine(line) else {
                kept.append(line)
                continue
            }
            if nameVariables.contains(key) {
                let parts = value.components(separatedBy: "||").map { $0.trimmingCharacters(in: .whitespaces) }
                names[key, default: []].append(parts.count > 1 ? CSLName(family: parts[0], given: parts[1]) : CSLName(literal: parts[0]))
            } else if dateVariables.contains(key) {
                if item.dates[key] == nil { item.dates[key] = CSLDate.parse(value) ?? CSLDate(literal: value) }
            } else if key == "type" {
                if item.type.isEmpty { item.type = value }
            } else if item.fields[key] == nil {
                item.fields[key] = value
            }
        }
        for (key, list) in names where item.names[key]?.isEmpty ?? true { item.names[key] = list }
        let rest = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if rest.isEmpty { item.fields["note"] = nil } else { item.fields["note"] = rest }
    }

    /// `Key: value` or `{:key: value}` whose key names a CSL variable: the variable (lowercased, spaces as
    /// hyphens) and the value.
    private static func cheaterLine(_ line: Substring) -> (String, String)? {
        var text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{:"), text.hasSuffix("}") { text = String(text.dropFirst(2).dropLast()) }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, key == "type" || nameVariables.contains(key) || dateVariables.contains(key)
                || textVariables.contains(key) else { return nil }
        return (key, value)
    }

    /// CSL 1.0.2's standard and number variables, the keys a cheater line may set.
    static let textVariables: Set<String> = [
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-key", "citation-label", "collection-number", "collection-title",
        "container-title", "container-title-short", "dimensions", "division", "doi", "edition", "event", "event-place",
        "event-title", "genre", "isbn", "issn", "issue", "jurisdiction", "keyword", "language", "license", "medium",
        "number", "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
        "original-title", "page", "page-first", "part-number", "part-title", "pmcid", "pmid", "printing-number",
        "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section", "source",
        "status", "supplement-number", "title", "title-short", "url", "version", "volume", "volume-title",
        "year-suffix",
    ]

    static func scalar(_ value: Any?) -> String? {
        switch value {
        case let d as Date:
            let c = PostCitation.calendarDate(d)
            return c.parts.first.map { $0.map { String(format: "%02d", $0) }.joined(separator: "-") }
        case let s as String: return s
        // JSONSerialization's numbers also cast to Bool, so only a real Bool is read as one.
        case let b as Bool where type(of: value!) == Bool.self: return b ? "true" : "false"
        case let i as Int: return String(i)
        case let d as Double: return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    private static func names(_ value: Any) -> [CSLName] {
        let list = value as? [Any] ?? [value]
        return list.compactMap { element in
            if let s = element as? String { return CSLName(literal: s) }
            guard let o = element as? [String: Any] else { return nil }
            func get(_ k: String) -> String? { scalar(o[k]).flatMap { $0.isEmpty ? nil : $0 } }
            var given = get("given")
            var suffix = get("suffix")
            var commaSuffix = bool(o["comma-suffix"])
            // citeproc-js's convention: "John, III" carries a suffix, "John,! Jr." one printed after a comma.
            if suffix == nil, let g = given, let comma = g.firstIndex(of: ",") {
                var rest = g[g.index(after: comma)...]
                if rest.hasPrefix("!") {
                    commaSuffix = true
                    rest = rest.dropFirst()
                }
                let s = rest.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty {
                    suffix = s
                    given = String(g[..<comma]).trimmingCharacters(in: .whitespaces)
                }
            }
            let n = CSLName(family: get("family"), given: given, nonDroppingParticle: get("non-dropping-particle"),
                            droppingParticle: get("dropping-particle"), suffix: suffix, literal: get("literal"),
                            commaSuffix: commaSuffix, staticOrdering: bool(o["static-ordering"]))
                .parsingParticles(parseNames: o["parse-names"].map { bool($0) } ?? true)
            return n.isEmpty ? nil : n
        }
    }

    private static func bool(_ v: Any?) -> Bool {
        if let b = v as? Bool { return b }
        if let s = v as? String { return s == "true" }
        if let i = v as? Int { return i == 1 }
        return false
    }

    static func date(_ value: Any) -> CSLDate? {
        if let d = value as? Date { return PostCitation.calendarDate(d) }
        if let s = scalar(value) { return CSLDate.parse(s) ?? CSLDate(literal: s) }
        guard let o = value as? [String: Any] else { return nil }
        var d = CSLDate()
        if let parts = o["date-parts"] as? [Any] {
            d.parts = parts.enumerated().compactMap { k, p -> [Int]? in
                guard let a = p as? [Any] else { return nil }
                let ints = a.compactMap { x -> Int? in scalar(x).flatMap { Int($0) } }.filter { abs($0) < 1_000_000 }
                // A range's end of year 0 (`[[1987], [0]]`) is an open range: "1987–".
                if k > 0, ints.first == 0 { return [] }
                return ints.isEmpty ? nil : ints
            }
        }
        // `date-parts` win over `raw` when both are given (citeproc-js reads the structured form first).
        if d.parts.isEmpty, let raw = scalar(o["raw"]) { return CSLDate.parse(raw) ?? CSLDate(literal: raw) }
        d.season = scalar(o["season"]).flatMap { Int($0) }
        d.circa = bool(o["circa"])
        d.literal = scalar(o["literal"])
        return d.parts.isEmpty && d.literal == nil && d.season == nil ? nil : d
    }
}
