import Foundation

/// Reads the fields of one (crossref-resolved) BibTeX entry into CSL variables, following pandoc's mapping.
struct BibTeXFieldReader {
    let entry: BibTeXEntry
    let variant: BibTeXConverter.Variant
    private let untitlecase: Bool
    private let options: [String: String]

    init(entry: BibTeXEntry, variant: BibTeXConverter.Variant) {
        self.entry = entry
        self.variant = variant
        let lang = (entry.fields["langid"] ?? entry.fields["hyphenation"])?.lowercased().trimmingCharacters(in: .whitespaces)
        untitlecase = lang.map(BibTeXLanguages.isEnglish) ?? true
        var opts: [String: String] = [:]
        for part in (entry.fields["options"] ?? "").split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let k = kv.first, !k.isEmpty { opts[k] = kv.count > 1 ? kv[1] : "" }
        }
        options = opts
    }

    private var et: String { entry.type }
    private func raw(_ f: String) -> String? { entry.fields[f] }
    private var isArticle: Bool { ["article", "periodical", "suppperiodical", "review"].contains(et) }
    private var isPeriodical: Bool { et == "periodical" }
    private var isChapterlike: Bool { ["inbook", "incollection", "inproceedings", "inreference", "bookinbook"].contains(et) }
    private var hasMaintitle: Bool { raw("maintitle") != nil }

    // MARK: - type

    var type: String {
        let sub = raw("entrysubtype") ?? ""
        func periodical() -> String { sub == "magazine" ? "article-magazine" : sub == "newspaper" ? "article-newspaper" : "article-journal" }
        switch et {
        case "article", "periodical", "suppperiodical": return periodical()
        case "book", "collection", "manual", "mvbook", "mvcollection", "mvproceedings", "mvreference", "proceedings",
            "reference", "software", "commentary":
            return "book"
        case "booklet": return "pamphlet"
        case "bookinbook", "inbook", "incollection", "suppbook", "suppcollection": return "chapter"
        case "dataset", "data": return "dataset"
        case "electronic", "online", "www": return "webpage"
        case "inreference": return "entry-encyclopedia"
        case "inproceedings", "conference": return "paper-conference"
        case "mastersthesis", "phdthesis", "thesis": return "thesis"
        case "patent": return "patent"
        case "report", "techreport": return "report"
        case "unpublished":
            return raw("eventdate") != nil || raw("eventtitle") != nil || raw("venue") != nil ? "speech" : "manuscript"
        case "artwork", "image": return "graphic"
        case "audio", "music": return "song"
        case "jurisdiction": return "legal_case"
        case "legislation", "standard": return "legislation"
        case "legal": return "treaty"
        case "letter", "letters": return "personal_communication"
        case "movie", "video": return "motion_picture"
        case "performance": return "speech"
        case "review": return "review"
        case "newsarticle": return "article-newspaper"
        default: return ""
        }
    }

    private var genre: String? {
        let declared = raw("type").map { BibTeXLanguages.resolveKey($0) } ?? ""
        switch et {
        case "mastersthesis": return declared.isEmpty ? "Master’s thesis" : declared
        case "phdthesis": return declared.isEmpty ? "PhD thesis" : declared
        default: return declared.isEmpty ? nil : declared
        }
    }

    // MARK: - conversions

    /// A field as rich text with braces dropped (protection only matters for titles).
    private func text(_ f: String) -> [RichInline]? {
        guard let r = raw(f) else { return nil }
        return RichInlineBuilder.unprotect(LaTeXConverter.convert(r.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// A title field: turned to sentence case (English entries), protected words kept, and a protected group
    /// stays protected only when it holds a lowercase word (pandoc's `unTitlecase`).
    private func title(_ f: String) -> [RichInline]? {
        guard let r = raw(f) else { return nil }
        var inlines = LaTeXConverter.convert(r.trimmingCharacters(in: .whitespacesAndNewlines))
        if untitlecase { inlines = TextCase.sentence.apply(inlines) }
        return Self.settleProtection(inlines)
    }

    private static func settleProtection(_ inlines: [RichInline]) -> [RichInline] {
        RichInlineBuilder.normalize(inlines.map { inline in
            switch inline {
            case .text, .math: return inline
            case .nocase(let c):
                let inner = settleProtection(c)
                return hasLowercaseWord(inner) ? .nocase(inner) : .span(classes: [], inner)
            default: return inline.replacingChildren(settleProtection(inline.children))
            }
        })
    }

    private static func hasLowercaseWord(_ inlines: [RichInline]) -> Bool {
        let words = RichText.plain(inlines).split(whereSeparator: { $0.isPunctuation || $0.isWhitespace })
        return words.contains { $0.first?.isLowercase ?? false }
    }

    /// pandoc's `concatWith`: joins non-empty parts with `sep` + space, or a space after final punctuation.
    static func concat(_ parts: [[RichInline]?], _ sep: String) -> [RichInline]? {
        var acc: [RichInline] = []
        for part in parts {
            guard let p = part, !p.isEmpty else { continue }
            if acc.isEmpty { acc = p; continue }
            if let last = RichInlineBuilder.lastCharacter(acc), "!?.,:;".contains(last) {
                acc += [.text(" ")] + p
            } else {
                acc += [.text(sep + " ")] + p
            }
        }
        return acc.isEmpty ? nil : RichInlineBuilder.normalize(acc)
    }

    /// A list field ("A and B") as "A; B" (BibLaTeX publisher/location). Only an `and` outside braces
    /// separates: `{Chapman and Hall} / CRC` is one publisher.
    private func literalList(_ f: String) -> [RichInline]? {
        guard let r = raw(f) else { return nil }
        if variant == .bibtex { return text(f) }
        var joined: [RichInline] = []
        for part in Self.splitAnd(r) {
            let converted = RichInlineBuilder.unprotect(LaTeXConverter.convert(part.trimmingCharacters(in: .whitespacesAndNewlines)))
            guard !converted.isEmpty else { continue }
            if !joined.isEmpty { joined.append(.text("; ")) }
            joined += converted
        }
        return joined.isEmpty ? nil : RichInlineBuilder.normalize(joined)
    }

    /// Splits a BibTeX list at the word `and` outside braces.
    static func splitAnd(_ value: String) -> [String] {
        let chars = Array(value)
        var parts: [String] = []
        var depth = 0
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                depth += 1
            } else if c == "}" {
                depth = max(0, depth - 1)
            } else if depth == 0, c.isWhitespace, i + 4 < chars.count, chars[i + 1] == "a", chars[i + 2] == "n",
                      chars[i + 3] == "d", chars[i + 4].isWhitespace {
                parts.append(String(chars[start..<i]))
                start = i + 5
                i += 5
                continue
            }
            i += 1
        }
        parts.append(String(chars[start...]))
        return parts
    }

    // MARK: - fields

    func fields() -> [String: String] {
        var v: [String: [RichInline]] = [:]
        func put(_ k: String, _ x: [RichInline]?) { if let x, !x.isEmpty { v[k] = x } }
        putTitles(&v)
        put("genre", genre.map { [.text($0)] })
        let pubs = ["school", "institution", "organization", "howpublished", "publisher"].map {
            variant == .bibtex || $0 == "howpublished" ? text($0) : literalList($0)
        }
        put("publisher", Self.concat(pubs, ";"))
        put("original-publisher", text("origpublisher"))
        put("event-place", text("venue"))
        put("publisher-place", variant == .bibtex ? text("address") : (literalList("address") ?? (et != "patent" ? literalList("location") : nil)))
        if et == "patent" { put("jurisdiction", literalList("location")) }
        put("page", text("pages").map { RichInlineBuilder.mapText($0) { $0.replacingOccurrences(of: "–", with: "-") } })
        put("number-of-pages", text("pagetotal"))
        put("volume", Self.concat([text("volume"), text("part")], ".").map { parts in
            raw("volume") != nil && raw("part") != nil ? RichText.parse(RichText.markup(parts).replacingOccurrences(of: ". ", with: ".")) : parts
        })
        put("number-of-volumes", text("volumes"))
        put("chapter-number", text("chapter"))
        put("edition", text("edition"))
        put("version", text("version"))
        putNumbers(&v)
        put("note", Self.concat([et == "periodical" ? nil : text("note"), variant == .bibtex ? nil : text("addendum")], "."))
        put("annote", text("annotation") ?? text("annote"))
        put("abstract", text("abstract"))
        put("keyword", text("keywords"))
        put("status", raw("pubstate").map { [.text(BibTeXLanguages.resolveKey($0))] })
        var out = v.mapValues { RichText.markup($0) }
        for (k, f) in [("doi", "doi"), ("isbn", "isbn"), ("issn", "issn"), ("pmid", "pmid"), ("pmcid", "pmcid"), ("call-number", "library")] {
            if let r = raw(f), !(k == "doi" && options["doi"] == "false") { out[k] = r.trimmingCharacters(in: .whitespaces) }
        }
        if let url = url { out["url"] = url }
        if let lang = raw("langid") ?? raw("hyphenation") { out["language"] = BibTeXLanguages.ietf(lang) }
        return out
    }

    private var url: String? {
        if et == "online" || options["url"] != "false", let u = raw("url") { return u.trimmingCharacters(in: .whitespaces) }
        guard let etype = raw("eprinttype")?.lowercased(), let eprint = raw("eprint") else { return nil }
        let base: String
        switch etype {
        case "arxiv": base = "https://arxiv.org/abs/"
        case "jstor": base = "https://www.jstor.org/stable/"
        case "pubmed": base = "https://www.ncbi.nlm.nih.gov/pubmed/"
        case "googlebooks": base = "https://books.google.com?id="
        default: return nil
        }
        return base + eprint.trimmingCharacters(in: .whitespaces)
    }

    private func putNumbers(_ v: inout [String: [RichInline]]) {
        guard let number = text("number") else { return }
        let booky = ["book", "collection", "proceedings", "reference", "mvbook", "mvcollection", "mvproceedings",
                     "mvreference", "bookinbook", "inbook", "incollection", "inproceedings", "inreference",
                     "suppbook", "suppcollection"]
        if booky.contains(et) {
            v["collection-number"] = number
        } else if isArticle {
            v["issue"] = Self.concat([number, text("issue")], ",")
        } else {
            v["number"] = number
        }
    }

    private func putTitles(_ v: inout [String: [RichInline]]) {
        func put(_ k: String, _ x: [RichInline]?) { if let x, !x.isEmpty { v[k] = x } }
        let mainForTitle = hasMaintitle && !isChapterlike
        let t = (isPeriodical ? title("issuetitle") : nil) ?? (mainForTitle ? title("maintitle") : nil) ?? title("title")
        let sub = (isPeriodical ? title("issuesubtitle") : nil) ?? (mainForTitle ? title("mainsubtitle") : nil) ?? title("subtitle")
        let addon = (mainForTitle ? title("maintitleaddon") : nil) ?? title("titleaddon")
        if let t { put("title", Self.concat([Self.concat([t, sub], ":"), addon], ".")) }
        if hasMaintitle {
            let vt = isChapterlike ? title("booktitle") : title("title")
            let vs = isChapterlike ? title("booksubtitle") : title("subtitle")
            let va = isChapterlike ? title("booktitleaddon") : title("titleaddon")
            if let vt { put("volume-title", Self.concat([Self.concat([vt, vs], ":"), va], ".")) }
        }
        let ct = (isPeriodical ? text("title") : nil) ?? (isChapterlike ? title("maintitle") ?? title("booktitle") : nil)
            ?? text("journaltitle") ?? text("journal")
        let cs = (isPeriodical ? text("subtitle") : nil) ?? (isChapterlike ? title("mainsubtitle") ?? title("booksubtitle") : nil)
            ?? text("journalsubtitle")
        let ca = (isPeriodical ? text("titleaddon") : nil) ?? (isChapterlike ? title("maintitleaddon") ?? title("booktitleaddon") : nil)
        if let ct { put("container-title", Self.concat([Self.concat([ct, cs], ":"), ca], ".")) }
        put("container-title-short", (isPeriodical && !hasMaintitle ? text("shorttitle") : nil) ?? text("shortjournal"))
        put("collection-title", title("series"))
        put("event", title("eventtitle"))
        put("original-title", title("origtitle"))
        put("title-short", shortTitle(sub: sub, addon: addon))
    }

    private func shortTitle(sub: [RichInline]?, addon: [RichInline]?) -> [RichInline]? {
        if !hasMaintitle || isChapterlike, let s = title("shorttitle") { return s }
        guard let t = title("title") else { return nil }
        let requireColon = !((sub != nil || addon != nil) && !hasMaintitle)
        let m = RichText.markup(t)
        if let colon = m.firstIndex(of: ":") { return RichText.parse(String(m[..<colon])) }
        return requireColon ? nil : t
    }

    // MARK: - names and dates

    func names() -> [String: [CSLName]] {
        var out: [String: [CSLName]] = [:]
        let useprefix = options["useprefix"].map { $0 == "true" || $0.isEmpty } ?? false
        func names(_ f: String) -> [CSLName]? {
            guard let r = raw(f) else { return nil }
            let list = BibTeXNameParser.parse(r, useprefix: useprefix, bibtexStyle: variant == .bibtex)
            return list.isEmpty ? nil : list
        }
        out["author"] = names("author")
        out["container-author"] = names("bookauthor")
        out["translator"] = names("translator")
        if raw("editortype")?.lowercased() == "director" {
            out["director"] = names("editor")
        } else {
            out["editor"] = names("editor")
            out["director"] = names("director")
        }
        return out
    }

    func dates() -> [String: CSLDate] {
        var out: [String: CSLDate] = [:]
        out["issued"] = date("date") ?? oldDate("")
        out["event-date"] = date("eventdate") ?? oldDate("event")
        out["original-date"] = date("origdate") ?? oldDate("orig")
        out["accessed"] = date("urldate") ?? oldDate("url")
        return out
    }

    private func date(_ f: String) -> CSLDate? {
        guard let r = raw(f) else { return nil }
        return CSLDate.parse(r.replacingOccurrences(of: "\u{00A0}", with: "~"))
    }

    private func oldDate(_ prefix: String) -> CSLDate? {
        func plain(_ f: String) -> String? { text(f).map { RichText.plain($0).trimmingCharacters(in: .whitespaces) } }
        func year(_ f: String) -> Int? {
            guard var y = plain(f) else { return nil }
            if let first = y.first, first == "–" || first == "—" { y = "-" + y.dropFirst() }
            return Int(y).flatMap { abs($0) < 1_000_000 ? $0 : nil }
        }
        let y = year(prefix + "year")
        let m = raw(prefix + "month").flatMap(Self.month)
        let d = raw(prefix + "day").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { (1...31).contains($0) ? $0 : nil }
        let ey = year(prefix + "endyear")
        let em = plain(prefix + "endmonth").flatMap(Self.month)
        let ed = plain(prefix + "endday").flatMap { Int($0) }.flatMap { (1...31).contains($0) ? $0 : nil }
        func parts(_ y: Int?, _ m: Int?, _ d: Int?) -> [Int]? {
            guard let y else { return nil }
            guard let m else { return [y] }
            guard let d else { return [y, m] }
            return [y, m, d]
        }
        let dp = [parts(y, m, d), parts(ey, em, ed)].compactMap { $0 }
        if dp.isEmpty {
            guard let literal = raw(prefix + "year") else { return nil }
            return CSLDate(literal: RichText.plain(LaTeXConverter.convert(literal)))
        }
        return CSLDate(parts: dp)
    }

    static func month(_ s: String) -> Int? {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let n = names.firstIndex(of: t) { return n + 1 }
        if t.count > 3, let n = names.firstIndex(of: String(t.prefix(3))),
            ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"].contains(t) {
            return n + 1
        }
        return Int(t).flatMap { (1...16).contains($0) ? $0 : nil }
    }
}

