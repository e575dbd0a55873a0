/// Evaluates CSL rendering elements for one cite or bibliography entry, producing `CSLOutput`.
final class CSLEvaluator {
    enum Mode { case citation, bibliography, sort }

    let style: CSLStyle
    let locale: CSLLocale
    let mode: Mode
    let cite: CSLCite
    let layout: CSLLayout?
    var item: CSLItem { cite.item }

    /// Variables already rendered by a `<substitute>`; CSL suppresses them afterwards.
    var suppressed = Set<String>()
    /// Variables called / variables non-empty, for group suppression.
    var calls = 0
    var hits = 0
    var yearSuffixDone = false
    var macroDepth = 0
    /// Sort-key overrides of et-al settings.
    var sortNamesMin: Int?
    var sortNamesUseFirst: Int?
    var sortNamesUseLast: Bool?
    /// Names as rendered for disambiguation checks.
    var renderedNameCount = 0

    init(style: CSLStyle, locale: CSLLocale, mode: Mode, cite: CSLCite, layout: CSLLayout? = nil) {
        self.style = style
        self.locale = locale
        self.mode = mode
        self.cite = cite
        self.layout = layout ?? (mode == .bibliography ? style.bibliography : style.citation)
    }

    /// Renders the layout's children for this cite; the caller applies the layout's own formatting and affixes.
    func renderLayout() -> CSLOutput {
        guard let layout else { return .empty }
        let out = CSLOutput.group(.none, eval(layout.children))
        return isEnglish ? out : out.removingTitleCase()
    }

    /// Title case applies to English items only (CSL 1.0.2); an item without a language is in the locale's.
    var isEnglish: Bool {
        guard let lang = item.fields["language"]?.lowercased(), !lang.isEmpty else { return locale.language.lowercased().hasPrefix("en") }
        return lang.hasPrefix("en")
    }

    /// Evaluates siblings; a `<choose>` contributes its branch's outputs one by one, so an enclosing group's
    /// delimiter goes between them.
    func eval(_ nodes: [CSLNode]) -> [CSLOutput] {
        var out: [CSLOutput] = []
        for node in nodes {
            if case .choose(let branches) = node {
                if let b = branches.first(where: { $0.tests.isEmpty || matches($0) }) { out += eval(b.children) }
            } else {
                out.append(eval(node))
            }
        }
        return out
    }

    func eval(_ node: CSLNode) -> CSLOutput {
        switch node {
        case .text(let source, let f): return text(source, f)
        case .number(let v, let form, let f): return number(v, form: form, f)
        case .label(let l): return label(l)
        case .names(let n): return names(n)
        case .date(let d): return date(d)
        case .group(let f, let children): return group(f, children)
        case .choose(let branches): return choose(branches)
        }
    }

    private func group(_ f: CSLFormatting, _ children: [CSLNode]) -> CSLOutput {
        let (outerCalls, outerHits) = (calls, hits)
        calls = 0
        hits = 0
        let out = CSLOutput.group(f, eval(children))
        let suppress = calls > 0 && hits == 0
        calls += outerCalls
        hits += outerHits
        return suppress ? .empty : out
    }

    private func choose(_ branches: [CSLBranch]) -> CSLOutput {
        for b in branches where b.tests.isEmpty || matches(b) {
            return .group(.none, eval(b.children))
        }
        return .empty
    }

    // MARK: - text

    private func text(_ source: CSLTextSource, _ f: CSLFormatting) -> CSLOutput {
        switch source {
        case .value(let v): return format(f, Self.markup(v))
        case .term(let name, let form, let plural):
            let t = locale.term(name, form: form, plural: plural) ?? ""
            return format(f, t.isEmpty ? .empty : .tagged(.term, .literal(RichText.parse(t))))
        case .macro(let m):
            guard macroDepth < 30, let nodes = style.macros[m] else { return .empty }
            macroDepth += 1
            defer { macroDepth -= 1 }
            // A macro is suppressed like a group when every variable it calls is empty; as in pandoc's citeproc, the
            // group around it sees only whether it printed something, not the variables it called.
            let (outerCalls, outerHits) = (calls, hits)
            let out = group(f, nodes)
            calls = outerCalls + (out.isEmpty ? 0 : 1)
            hits = outerHits + (out.isEmpty ? 0 : 1)
            return out
        case .variable(let v, let form):
            return variable(v, form: form, f)
        }
    }

    func format(_ f: CSLFormatting, _ x: CSLOutput) -> CSLOutput {
        x.isEmpty ? .empty : (f.isEmpty ? x : .formatted(f, [x]))
    }

    private func variable(_ name: String, form: String, _ f: CSLFormatting) -> CSLOutput {
        let v = name.lowercased()
        calls += 1
        switch v {
        case "citation-number":
            guard let n = cite.citationNumber else { return .empty }
            hits += 1
            return format(f, .tagged(.citationNumber, .text(String(n))))
        case "year-suffix":
            calls -= 1
            guard let s = cite.yearSuffix else { return .empty }
            yearSuffixDone = true
            return format(f, .tagged(.yearSuffix, .text(Self.suffixLetters(s))))
        case "locator":
            guard let loc = cite.locator, mode != .bibliography else { return .empty }
            hits += 1
            let delimiter = locale.term("page-range-delimiter") ?? "–"
            let text = PageRange.format(loc, format: (cite.label ?? "page") == "page" ? style.options["page-range-format"] : nil, delimiter: delimiter)
            return format(f, .tagged(.locator, .literal(RichText.parse(text))))
        case "first-reference-note-number":
            guard mode == .citation, cite.position != .first, let n = cite.firstNote else { return .empty }
            hits += 1
            return format(f, .text(String(n)))
        case "citation-label":
            hits += 1
            // A label carries the year suffix ("Asth00a"); the date then goes without.
            guard let s = cite.yearSuffix, !yearSuffixDone, !style.rendersYearSuffix else { return format(f, .text(citationLabel)) }
            yearSuffixDone = true
            return format(f, .formatted(.none, [.text(citationLabel), .tagged(.yearSuffix, .text(Self.suffixLetters(s)))]))
        default: break
        }
        guard !suppressed.contains(v), let raw = value(v, form: form), !raw.isEmpty else { return .empty }
        hits += 1
        if substituting { suppressed.insert(v) }
        switch v {
        case "url":
            return format(f, .linked(raw, [.text(raw)]))
        case "doi":
            return doi(raw, f)
        case "pmid":
            return format(f, .linked("https://www.ncbi.nlm.nih.gov/pubmed/" + raw, [.text(raw)]))
        case "pmcid":
            return format(f, .linked("https://www.ncbi.nlm.nih.gov/pmc/articles/" + raw, [.text(raw)]))
        case "page":
            let text = PageRange.format(raw, format: style.options["page-range-format"], delimiter: locale.term("page-range-delimiter") ?? "–")
            return format(f, .literal(RichText.parse(text)))
        case "title":
            return format(f, .tagged(.title, .literal(RichText.parse(raw))))
        default:
            return format(f, .literal(RichText.parse(raw)))
        }
    }

    /// A DOI as a link; a `https://doi.org/` prefix moves inside the link as pandoc does.
    private func doi(_ raw: String, _ f: CSLFormatting) -> CSLOutput {
        var fm = f
        let prefix = f.prefix ?? ""
        if prefix.hasSuffix("https://doi.org/") || prefix.hasSuffix("http://doi.org/") || prefix.hasSuffix("http://dx.doi.org/") {
            let urlPart = ["https://doi.org/", "http://doi.org/", "http://dx.doi.org/"].first { prefix.hasSuffix($0) } ?? ""
            fm.prefix = String(prefix.dropLast(urlPart.count))
            let url = urlPart + raw
            return format(fm, .linked(url, [.text(url)]))
        }
        return format(f, .linked("https://doi.org/" + raw, [.text(raw)]))
    }

    var substituting = false

    /// The value of an ordinary variable, with `-short` forms falling back to the long form.
    func value(_ v: String, form: String = "long") -> String? {
        if form == "short" {
            if let s = item.fields[v + "-short"], !s.isEmpty { return s }
            if v == "title", let s = item.fields["shorttitle"], !s.isEmpty { return s }
            if v == "container-title", let s = item.fields["journalabbreviation"], !s.isEmpty { return s }
        }
        if v == "title-short", let s = item.fields["title-short"] ?? item.fields["shorttitle"] { return s }
        if v == "page-first", item.fields[v] == nil, let page = item.fields["page"] {
            // The first page of the page range ("42" of "42-45", "10" of "10–20", "3" of "3, 7").
            let first = page.prefix { !"-–—,&".contains($0) }.trimmingCharacters(in: .whitespaces)
            return first.isEmpty ? nil : first
        }
        if v == "container-title-short", let s = item.fields["container-title-short"] ?? item.fields["journalabbreviation"] ?? item.fields["container-title"] {
            return s
        }
        return item.fields[v]
    }

    private var citationLabel: String { Self.citationLabel(item) }

    /// The item's `citation-label`, or citeproc-js's default trigraph (`Aaaa00:AaAa00:AaAA00:AAAA00`): letters of
    /// the first four authors' family names by author count, then the year's last two digits ("Asth00", "BrCh98").
    static func citationLabel(_ item: CSLItem) -> String {
        if let given = item.fields["citation-label"], !given.isEmpty { return given }
        let names = item.names["author"] ?? item.names["editor"] ?? []
        let families = names.prefix(4).map { Array(($0.family ?? $0.literal ?? "").filter(\.isLetter)) }
        let widths: [Int]
        switch families.count {
        case 0: widths = []
        case 1: widths = [4]
        case 2: widths = [2, 2]
        case 3: widths = [2, 1, 1]
        default: widths = [1, 1, 1, 1]
        }
        let letters = zip(families, widths).map { String($0.prefix($1)) }.joined()
        let year = item.dates["issued"]?.year.map { String(format: "%02d", abs($0) % 100) } ?? ""
        return letters + year
    }

    static func suffixLetters(_ n: Int) -> String {
        var k = n
        var s = ""
        repeat {
            let r = (k - 1) % 26
            s = String(UnicodeScalar(UInt8(97 + r))) + s
            k = (k - 1) / 26
        } while k > 0 && s.count < 4
        return s
    }
}
