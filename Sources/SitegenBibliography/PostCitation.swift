import Foundation
import SitegenCore

/// "Cite this post": a post as a bibliography item, with its formatted citation in the site's style, a BibTeX
/// entry, CSL-JSON, and Google Scholar `<meta>` tags.
public struct PostCitation: Sendable {
    /// The post as a CSL item (`post-weblog` unless the front matter's `citation: type:` says otherwise).
    public let item: CSLItem

    /// Builds the citation of a post.
    /// - Parameters:
    ///   - title: the post's title.
    ///   - authors: author names as written ("Ada Lovelace", "Lovelace, Ada", or an organisation).
    ///   - date: the publication date (its UTC calendar day is used).
    ///   - url: the post's absolute URL.
    ///   - siteTitle: the site's title, used as the container title unless `citation` names one.
    ///   - citation: the front matter `citation:` map (`id`, `type`, `doi`, `container-title`, `volume`, …).
    public init(title: String, authors: [String], date: Date?, url: String, siteTitle: String, citation: [String: MetaValue] = [:]) {
        var item = CSLItem(id: "", type: citation["type"]?.stringValue ?? "post-weblog")
        item.fields["title"] = RichText.escapeMarkup(title)
        item.fields["url"] = url
        item.fields["container-title"] = RichText.escapeMarkup(citation["container-title"]?.stringValue ?? siteTitle)
        let names = authors.map(Self.name)
        if !names.isEmpty { item.names["author"] = names }
        if let date { item.dates["issued"] = Self.calendarDate(date) }
        for (key, value) in citation.sorted(by: { $0.key < $1.key }) {
            let k = key.lowercased()
            guard !["id", "type", "container-title", "author", "issued", "title", "url"].contains(k), let s = value.stringValue else { continue }
            if CSLJSONReader.dateVariables.contains(k) {
                if let d = CSLDate.parse(s) { item.dates[k] = d }
            } else {
                item.fields[k] = RichText.escapeMarkup(s)
            }
        }
        item.id = citation["id"]?.stringValue ?? Self.key(names: names, date: item.dates["issued"], title: title)
        self.item = item
    }

    /// Builds the citation from a post's metadata and its absolute URL.
    public init(metadata: Metadata, url: String, siteTitle: String) {
        var citation: [String: MetaValue] = [:]
        if case .map(let m)? = metadata.extra["citation"] { citation = m }
        self.init(title: metadata.title, authors: metadata.authors, date: metadata.date, url: url, siteTitle: siteTitle, citation: citation)
    }

    // MARK: - outputs

    /// The reference as the style formats a bibliography entry, as HTML (without the entry `<div>`).
    public func html(style: CSLStyle = .builtinAuthorDate) -> String {
        let engine = CSLEngine(style: style, items: [item], locale: style.locale(CSLLocaleResolver.installed(style.defaultLocale)))
        let result = engine.process([], nocite: [item.id], nociteAll: false)
        guard let entry = result.entries.first else { return "" }
        return CitationHTML.html(Self.withoutNumberMargin(entry.inlines)) { _ in nil }
    }

    /// A numeric style's "[1]" margin means nothing for a single post.
    private static func withoutNumberMargin(_ inlines: [RichInline]) -> [RichInline] {
        inlines.flatMap { inline -> [RichInline] in
            if case .span(let classes, let c) = inline {
                if classes == ["csl-left-margin"] { return [] }
                if classes == ["csl-right-inline"] { return c }
            }
            return [inline]
        }
    }

    /// The reference as plain text in the style.
    public func plainText(style: CSLStyle = .builtinAuthorDate) -> String {
        let engine = CSLEngine(style: style, items: [item], locale: style.locale(CSLLocaleResolver.installed(style.defaultLocale)))
        return engine.process([], nocite: [item.id], nociteAll: false).entries.first.map { RichText.plain(Self.withoutNumberMargin($0.inlines)) } ?? ""
    }

    /// A BibLaTeX `@online` entry (BibTeX reads it as `@misc`); special characters escaped.
    public var bibtex: String { PostCitationBibTeX.entry(for: item) }

    /// A CSL-JSON array holding the reference, pretty-printed with sorted keys.
    public var cslJSON: String { CSLJSONWriter.json([item]) }

    /// Google Scholar's `citation_*` meta tags as (name, content) pairs, in a stable order.
    public var scholarMetaTags: [(name: String, content: String)] {
        var tags: [(String, String)] = [("citation_title", RichText.plain(RichText.parse(item.fields["title"] ?? "")))]
        for n in item.names["author"] ?? [] {
            tags.append(("citation_author", n.literal ?? [n.given, n.droppingParticle, n.nonDroppingParticle, n.family, n.suffix].compactMap { $0 }.joined(separator: " ")))
        }
        if let p = item.dates["issued"]?.parts.first, let y = p.first {
            let parts = [String(format: "%04d", y)] + p.dropFirst().map { String(format: "%02d", $0) }
            tags.append(("citation_publication_date", parts.joined(separator: "/")))
        }
        func plain(_ k: String) -> String? { item.fields[k].map { RichText.plain(RichText.parse($0)) } }
        if let container = plain("container-title") {
            tags.append((item.type.hasPrefix("article") || item.type == "post-weblog" ? "citation_journal_title" : "citation_inbook_title", container))
        }
        if let v = plain("volume") { tags.append(("citation_volume", v)) }
        if let v = plain("issue") { tags.append(("citation_issue", v)) }
        if let page = plain("page") {
            let ends = page.split(whereSeparator: { $0 == "-" || $0 == "–" })
            if let first = ends.first { tags.append(("citation_firstpage", String(first))) }
            if ends.count > 1 { tags.append(("citation_lastpage", String(ends[1]))) }
        }
        if let v = plain("publisher") { tags.append(("citation_publisher", v)) }
        if let doi = item.fields["doi"] { tags.append(("citation_doi", doi)) }
        if let url = item.fields["url"] { tags.append(("citation_fulltext_html_url", url)) }
        return tags
    }

    // MARK: - helpers

    /// "Ada Lovelace" → given "Ada", family "Lovelace"; "Lovelace, Ada" likewise; one word → a literal name.
    static func name(_ written: String) -> CSLName {
        let s = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.contains(",") {
            let parts = s.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return CSLName(family: parts[0], given: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
        }
        let words = s.split(separator: " ").map(String.init)
        guard words.count > 1, let family = words.last, !isGroup(words) else { return CSLName(literal: s) }
        let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "ten", "ter"]
        var given = Array(words.dropLast())
        var particle: [String] = []
        while let last = given.last, particles.contains(last), given.count > 1 {
            particle.insert(last, at: 0)
            given.removeLast()
        }
        return CSLName(family: family, given: given.joined(separator: " "), droppingParticle: particle.isEmpty ? nil : particle.joined(separator: " "))
    }

    /// Group authors ("The sitegen team", "Optics Lab", "ACME Consortium") are cited as written, not as
    /// "team, The sitegen": a leading article or an organisation word marks them.
    static func isGroup(_ words: [String]) -> Bool {
        let organisation: Set<String> = [
            "team", "group", "lab", "laboratory", "consortium", "project", "collaboration", "committee", "society",
            "association", "institute", "university", "foundation", "center", "centre", "council", "network",
            "initiative", "organization", "organisation", "department", "office", "community", "contributors",
        ]
        if let first = words.first?.lowercased(), ["the", "a", "an"].contains(first) { return true }
        return words.contains { organisation.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    static func calendarDate(_ date: Date) -> CSLDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return CSLDate(year: c.year ?? 1970, month: c.month, day: c.day)
    }

    /// "lovelace2024notes": first author's family name, year, first significant title word; ASCII only.
    static func key(names: [CSLName], date: CSLDate?, title: String) -> String {
        func ascii(_ s: String) -> String {
            s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        let who = ascii(names.first.map { $0.family ?? $0.literal ?? "" } ?? "")
        let year = date?.year.map(String.init) ?? ""
        let stop: Set<String> = ["a", "an", "the", "on", "of", "in", "and", "for", "to", "with"]
        let word = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { ascii(String($0)) }.first { !$0.isEmpty && !stop.contains($0) } ?? ""
        let key = who + year + word
        return key.isEmpty ? "post" : key
    }
}
