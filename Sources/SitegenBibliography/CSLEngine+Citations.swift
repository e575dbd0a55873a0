extension CSLEngine {
    /// One cite of a citation, rendered and annotated for grouping and collapsing.
    struct RenderedCite {
        var request: Request
        var id: String?
        var output: CSLOutput
        var hasLocator: Bool
        var affixed: Bool
        var namesText: String?
        var number: Int?
        /// The first date as rendered without its year suffix, for year-suffix collapsing.
        var yearText: String?
    }

    func renderCitations(_ citations: [[Request]], notes: [Int]? = nil, _ ctx: Context) -> [[RichInline]] {
        var tracker = PositionTracker()
        let distance = style.citation.attributes["near-note-distance"].flatMap { Int($0) } ?? 5
        return citations.enumerated().map { number, citation in
            // Without footnotes, each citation is its own note (as pandoc numbers in-text citations).
            let note = notes.map { number < $0.count ? $0[number] : 0 } ?? number + 1
            tracker.startCitation(note: note)
            let cites = citation.enumerated().map { index, r -> RenderedCite in
                guard let item = items[r.key] else {
                    tracker.reset()
                    return RenderedCite(request: r, id: nil, output: .literal([.text("?" + r.key)]), hasLocator: false, affixed: true,
                                        namesText: nil, number: nil, yearText: nil)
                }
                var parsed = locators.parse(r.suffix)
                if let locator = r.locator?.trimmingCharacters(in: .whitespaces), !locator.isEmpty {
                    parsed = LocatorParser.Result(label: r.label ?? "page", locator: locator, suffix: r.suffix)
                }
                var cite = CSLCite(item: item)
                cite.locator = parsed.locator
                cite.label = parsed.label
                cite.citationNumber = ctx.numbers[r.key]
                cite.yearSuffix = ctx.suffixes[r.key]
                cite.disambiguation = ctx.settings[r.key] ?? CSLDisambiguation()
                cite.firstNote = tracker.firstNote[r.key]
                cite.nearNote = notes != nil && tracker.lastNote[r.key].map { note - $0 <= distance } == true
                // "p. 12" and "bk. 12" are different locators: the label counts for ibid.
                cite.position = tracker.position(of: r.key, locator: parsed.locator.map { (parsed.label ?? "page") + " " + $0 }, alone: citation.count == 1)
                return rendered(cite, request: r, suffix: parsed.suffix, first: index == 0)
            }
            return finish(assemble(cites))
        }
    }

    /// First, subsequent and ibid positions as cites go by (CSL 1.0.2): a cite is "ibid" when the cite before it
    /// in the same citation, or — for the first cite of a citation — the previous citation's only cite, is the
    /// same item.
    struct PositionTracker {
        private var seen = Set<String>()
        private var previous: (id: String, locator: String?)?
        private var citationSize = 0
        private var lastInCitation: (id: String, locator: String?)?
        private var note = 0
        /// The note of each item's first cite, and of its latest.
        private(set) var firstNote: [String: Int] = [:]
        private(set) var lastNote: [String: Int] = [:]

        mutating func reset() { previous = nil }

        /// Call before the first cite of each citation.
        mutating func startCitation(note: Int) {
            // Citations in one footnote count as one: a cite follows on the note's last cite, and the next note's
            // first cite is ibid only when the whole note cited a single item.
            if note > 0, note == self.note, citationSize > 0 {
                previous = lastInCitation
                return
            }
            previous = citationSize == 1 ? lastInCitation : nil
            citationSize = 0
            self.note = note
        }

        mutating func position(of id: String, locator: String?, alone: Bool) -> CSLCite.Position {
            defer {
                if firstNote[id] == nil { firstNote[id] = note }
                lastNote[id] = note
                seen.insert(id)
                previous = (id, locator)
                lastInCitation = (id, locator)
                citationSize += 1
            }
            guard seen.contains(id) else { return .first }
            guard let p = previous, p.id == id else { return .subsequent }
            if p.locator == locator { return .ibid }
            return locator == nil ? .subsequent : .ibidWithLocator
        }
    }

    /// One cite rendered (from the cache) with the author's prefix and suffix around it.
    private func rendered(_ cite: CSLCite, request r: Request, suffix: String, first: Bool) -> RenderedCite {
        let key = CiteKey(id: r.key, position: cite.position.rawValue, firstNote: cite.position == .first ? nil : cite.firstNote,
                          nearNote: cite.nearNote, locator: cite.locator, label: cite.label,
                          number: cite.citationNumber, yearSuffix: cite.yearSuffix, disambiguation: cite.disambiguation)
        var output = cachedCite(key) { self.evaluator(cite, mode: .citation).renderLayout() }
        // Grouping goes by the author even when it is not printed ("[-@a; -@b]" of one author → "(2020b, 2020a)").
        let authorKey = output.first(.names).map { $0.firstNameKey() ?? RichText.plain(renderer().render($0)) } ?? ""
        if r.mode == .suppressAuthor { output = output.replacingFirst(.names) { _ in .empty } }
        if r.authorOnly { output = output.first(.names) ?? .empty }
        // A note that starts with a term ("ibid.") starts with a capital, also after a prefix ending a sentence
        // ("He said “Please work.” Ibid."), but not after a one-word abbreviation ("Cf. ibid.").
        let startsSentence = r.prefix.trimmingCharacters(in: .whitespaces).isEmpty ? first : Self.endsSentence(r.prefix)
        if style.citationClass == "note", startsSentence, output.startsWithTerm {
            output = .literal(TextCase.capitalizeFirst.apply(renderer(links: false).render(output)))
        }
        if r.verbatimAffixes {
            var pieces: [CSLOutput] = []
            // The author's own quotation marks stay as written: punctuation is not moved into them.
            func affix(_ text: String) -> CSLOutput { .tagged(.affix, .literal(localizeQuotes(SmartQuotes.apply(RichText.parse(text))))) }
            if !r.prefix.isEmpty { pieces.append(affix(r.prefix)) }
            pieces.append(.tagged(.item(r.key), output))
            if !r.suffix.isEmpty { pieces.append(affix(r.suffix)) }
            let namesText = output.first(.names).map { $0.firstNameKey() ?? RichText.plain(renderer().render($0)) }
            let yearText = output.first(.date).map { RichText.plain(renderer().render($0.replacingAll(.yearSuffix) { _ in .empty })) }
            return RenderedCite(request: r, id: r.key, output: .formatted(.none, pieces), hasLocator: cite.locator != nil,
                                affixed: !r.prefix.isEmpty || !r.suffix.isEmpty, namesText: namesText, number: cite.citationNumber, yearText: yearText)
        }
        let prefix = r.prefix.trimmingCharacters(in: .whitespaces)
        // A cite with a prefix ("see also") stays where it is and keeps its names, as in pandoc.
        let namesText = prefix.isEmpty ? authorKey : nil
        let yearText = output.first(.date).map { RichText.plain(renderer().render($0.replacingAll(.yearSuffix) { _ in .empty })) }
        var pieces: [CSLOutput] = []
        if !prefix.isEmpty { pieces.append(.tagged(.affix, .text(prefix + " "))) }
        pieces.append(.tagged(.item(r.key), output))
        if !suffix.trimmingCharacters(in: .whitespaces).isEmpty {
            let s = suffix.first.map { " ,;.:".contains($0) } == true ? suffix : " " + suffix
            pieces.append(.tagged(.affix, .text(s)))
        }
        return RenderedCite(request: r, id: r.key, output: .formatted(.none, pieces), hasLocator: cite.locator != nil,
                            affixed: !prefix.isEmpty || !suffix.isEmpty, namesText: namesText, number: cite.citationNumber, yearText: yearText)
    }

    /// Whether a cite prefix ends a sentence: empty, or several words ending in `.`, `!` or `?` (closing quotes
    /// aside). A single word ending in a period is an abbreviation.
    static func endsSentence(_ prefix: String) -> Bool {
        let trimmed = prefix.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return true }
        let bare = trimmed.reversed().drop { "\"”’'»".contains($0) }
        guard let last = bare.first, ".!?".contains(last) else { return false }
        return trimmed.contains(" ")
    }

    /// Sorts, groups, collapses and wraps the cites of one citation; narrative cites become "Author (rest)".
    private func assemble(_ input: [RenderedCite]) -> [RichInline] {
        var cites = input
        // Cites are sorted unless one after the first has a prefix ("[@b; see @a]" stays as written), as in pandoc.
        let prefixedLater = cites.dropFirst().contains { !$0.request.prefix.trimmingCharacters(in: .whitespaces).isEmpty }
        if cites.count > 1, !style.citation.sort.isEmpty, !prefixedLater, cites.allSatisfy({ $0.id != nil }) {
            let order = sorted(cites.compactMap(\.id), layout: style.citation, kind: "cite", numbers: Dictionary(cites.compactMap { c in c.id.map { ($0, c.number ?? 0) } }, uniquingKeysWith: { a, _ in a }))
            var pool = cites
            cites = order.compactMap { id in
                guard let k = pool.firstIndex(where: { $0.id == id }) else { return nil }
                return pool.remove(at: k)
            } + pool
        }
        let narrative = cites.filter { $0.request.mode == .narrative }
        let normal = cites.filter { $0.request.mode != .narrative }
        var parts: [[RichInline]] = []
        for n in narrative { parts.append(narrativeInlines(n)) }
        if !normal.isEmpty { parts.append(wrapped(normal)) }
        return RichInlineBuilder.normalize(Array(parts.enumerated().flatMap { $0.offset == 0 ? $0.element : [.text(" ")] + $0.element }))
    }

    private func narrativeInlines(_ c: RenderedCite) -> [RichInline] {
        guard let id = c.id, let names = c.output.first(.names) else { return wrapped([c]) }
        let author = renderer().render(names)
        var rest = c
        rest.output = c.output.replacingFirst(.names) { _ in .empty }
        let restInlines = RichText.plain(renderer().render(rest.output)).trimmingCharacters(in: .whitespaces).isEmpty ? [] : wrapped([rest])
        let link: [RichInline] = [.link(url: "#ref-" + id, author)]
        return restInlines.isEmpty ? link : link + [.text(" ")] + restInlines
    }

    /// Joins cites with the layout delimiter (or the cite-group / after-collapse delimiters) inside the
    /// layout's affixes and formatting.
    func wrapped(_ input: [RenderedCite]) -> [RichInline] {
        let attrs = style.citation.attributes
        let layoutF = style.citation.formatting
        let delimiter = layoutF.delimiter ?? ""
        let collapse = attrs["collapse"]
        let groupDelimiter = attrs["cite-group-delimiter"] ?? ", "
        let afterCollapse = attrs["after-collapse-delimiter"] ?? delimiter
        var cites = input
        if collapse != nil || attrs["cite-group-delimiter"] != nil, collapse != "citation-number" {
            cites = groupByNames(cites)
        }
        var pieces: [(inlines: [RichInline], delimiterBefore: String)] = []
        if collapse == "citation-number" {
            pieces = collapseNumbers(cites, delimiter: delimiter, afterCollapse: afterCollapse)
        } else {
            let grouping = collapse != nil || attrs["cite-group-delimiter"] != nil
            var previousGroupSize = 0
            var k = 0
            while k < cites.count {
                var groupEnd = k + 1
                if grouping, let names = cites[k].namesText {
                    while groupEnd < cites.count, cites[groupEnd].namesText == names { groupEnd += 1 }
                }
                // A collapsed group is followed by after-collapse-delimiter.
                let before = k == 0 ? "" : (previousGroupSize > 1 ? afterCollapse : delimiter)
                previousGroupSize = groupEnd - k
                pieces += collapsedGroup(Array(cites[k..<groupEnd]), before: before, collapse: collapse,
                                         groupDelimiter: groupDelimiter, afterCollapse: afterCollapse,
                                         suffixDelimiter: attrs["year-suffix-delimiter"] ?? attrs["cite-group-delimiter"] ?? delimiter)
                k = groupEnd
            }
        }
        var joined: [[RichInline]] = []
        for (n, p) in pieces.enumerated() where !p.inlines.isEmpty {
            if n > 0 && !joined.isEmpty {
                let c = RichInlineBuilder.firstCharacter(p.inlines)
                if !(c == "," || c == ";" || c == ".") {
                    // A cite whose suffix ends in punctuation ("is one source,") takes the delimiter without its own.
                    var d = p.delimiterBefore
                    if let last = joined.last.flatMap(RichInlineBuilder.lastCharacter), last == "," || last == ";" {
                        d = String(d.drop { $0 == "," || $0 == ";" })
                    }
                    joined.append([.text(d)])
                }
            }
            joined.append(p.inlines)
        }
        var f = layoutF
        f.delimiter = nil
        // The citation layout's font and decorations cover its affixes too ("<b>([1]–[3])</b>"), as in citeproc-js.
        f.affixesInside = true
        return CSLRenderer.apply(f, CSLRenderer.joinFixingPunctuation(joined))
    }

    /// A same-author group: the first cite whole, the others without names; with year-suffix collapsing, a cite
    /// of the same year as the one before shows only its suffix ("2020a, b"), and with `year-suffix-ranged` runs of
    /// three or more consecutive suffixes become a range ("2020a–c").
    private func collapsedGroup(_ group: [RenderedCite], before: String, collapse: String?, groupDelimiter: String,
                                afterCollapse: String, suffixDelimiter: String) -> [(inlines: [RichInline], delimiterBefore: String)] {
        struct Piece {
            var inlines: [RichInline]
            var delimiterBefore: String
            var suffixOnly: Bool
            var suffix: String?
        }
        let bySuffix = collapse == "year-suffix" || collapse == "year-suffix-ranged"
        func suffixText(_ c: RenderedCite) -> String? { c.output.first(.yearSuffix).map { RichText.plain(renderer().render($0)) } }
        var out = [Piece(inlines: renderer(links: true).render(group[0].output), delimiterBefore: before, suffixOnly: false, suffix: suffixText(group[0]))]
        for j in 1..<max(group.count, 1) where j < group.count {
            let c = group[j], prev = group[j - 1]
            if bySuffix, !c.hasLocator, !c.affixed, !prev.hasLocator, !prev.affixed, c.yearText != nil, c.yearText == prev.yearText,
                let suffix = c.output.first(.yearSuffix) {
                out.append(Piece(inlines: renderer(links: true).render(.tagged(.item(c.id ?? ""), suffix)), delimiterBefore: suffixDelimiter,
                                 suffixOnly: true, suffix: suffixText(c)))
                continue
            }
            // After a run collapsed to year suffixes ("2000a–e"), the next year follows after-collapse-delimiter.
            let d = prev.hasLocator || prev.affixed || out.last?.suffixOnly == true ? afterCollapse : groupDelimiter
            // Grouping alone (cite-group-delimiter without collapse) keeps each cite's names.
            let stripped = collapse == nil ? c.output : c.output.replacingFirst(.names) { _ in .empty }
            out.append(Piece(inlines: renderer(links: true).render(stripped), delimiterBefore: d, suffixOnly: false, suffix: suffixText(c)))
        }
        guard collapse == "year-suffix-ranged" else { return out.map { ($0.inlines, $0.delimiterBefore) } }
        var ranged: [(inlines: [RichInline], delimiterBefore: String)] = []
        var k = 0
        while k < out.count {
            // A run: a cite with its year, then suffix-only cites whose letters follow on.
            var end = k
            while end + 1 < out.count, out[end + 1].suffixOnly, let a = out[end].suffix?.unicodeScalars.last,
                let b = out[end + 1].suffix?.unicodeScalars.last, b.value == a.value + 1 {
                end += 1
            }
            if end - k >= 2 {
                ranged.append((out[k].inlines + [.text("–")] + out[end].inlines, out[k].delimiterBefore))
                k = end + 1
            } else {
                ranged.append((out[k].inlines, out[k].delimiterBefore))
                k += 1
            }
        }
        return ranged
    }

    /// Brings cites with the same rendered names next to the first of them.
    private func groupByNames(_ cites: [RenderedCite]) -> [RenderedCite] {
        var order: [String] = []
        var groups: [String: [RenderedCite]] = [:]
        var singles: [(Int, RenderedCite)] = []
        for (n, c) in cites.enumerated() {
            guard let key = c.namesText else { singles.append((n, c)); continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        if singles.isEmpty { return order.flatMap { groups[$0] ?? [] } }
        var out: [RenderedCite] = []
        var emitted = Set<String>()
        for c in cites {
            if let key = c.namesText {
                if emitted.insert(key).inserted { out += groups[key] ?? [] }
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Numeric styles: runs of three or more consecutive numbers become "first–last".
    private func collapseNumbers(_ cites: [RenderedCite], delimiter: String, afterCollapse: String) -> [(inlines: [RichInline], delimiterBefore: String)] {
        var out: [(inlines: [RichInline], delimiterBefore: String)] = []
        var k = 0
        var lastWasRange = false
        while k < cites.count {
            var end = k
            while end + 1 < cites.count, let a = cites[end].number, let b = cites[end + 1].number, b == a + 1,
                !cites[end].affixed, !cites[end + 1].affixed, !cites[end].hasLocator, !cites[end + 1].hasLocator {
                end += 1
            }
            let before = k == 0 ? "" : (lastWasRange ? afterCollapse : delimiter)
            if end - k >= 2 {
                let first = renderer(links: true).render(cites[k].output)
                let last = renderer(links: true).render(cites[end].output)
                out.append((first + [.text("–")] + last, before))
                lastWasRange = true
                k = end + 1
            } else {
                out.append((renderer(links: true).render(cites[k].output), before))
                lastWasRange = false
                k += 1
            }
        }
        return out
    }
}
