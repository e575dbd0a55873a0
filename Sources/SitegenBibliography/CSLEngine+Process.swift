extension CSLEngine {
    /// Formats one document: every citation in order, and the bibliography of cited (and nocited) items.
    /// `notes` gives each citation's footnote number (note styles: `first-reference-note-number`, `near-note`).
    func process(_ citations: [[Request]], notes: [Int]? = nil, nocite: [String], nociteAll: Bool) -> Result {
        var firstOrder: [String] = []
        var seen = Set<String>()
        for citation in citations {
            for r in citation where items[r.key] != nil && !seen.contains(r.key) {
                seen.insert(r.key)
                firstOrder.append(r.key)
            }
        }
        for id in (nociteAll ? itemOrder : nocite) where items[id] != nil && !seen.contains(id) {
            seen.insert(id)
            firstOrder.append(id)
        }
        var numbers: [String: Int] = [:]
        for (n, id) in firstOrder.enumerated() { numbers[id] = n + 1 }
        let bibOrder = sorted(firstOrder, layout: style.bibliography, kind: "bib", numbers: numbers)
        if style.bibliography != nil {
            for (n, id) in bibOrder.enumerated() { numbers[id] = n + 1 }
        }
        let (settings, suffixes) = disambiguate(bibOrder, numbers: numbers)
        let context = Context(numbers: numbers, settings: settings, suffixes: suffixes)
        let rendered = renderCitations(citations, notes: notes, context)
        let entries = renderBibliography(bibOrder, context)
        return Result(citations: rendered, entries: entries)
    }

    struct Context {
        var numbers: [String: Int]
        var settings: [String: CSLDisambiguation]
        var suffixes: [String: Int]
    }

    // MARK: - bibliography

    func renderBibliography(_ ids: [String], _ ctx: Context) -> [(id: String, inlines: [RichInline])] {
        guard let layout = style.bibliography else { return [] }
        let substitute = layout.attributes["subsequent-author-substitute"]
        let rule = layout.attributes["subsequent-author-substitute-rule"] ?? "complete-all"
        var previousNames: String?
        var out: [(id: String, inlines: [RichInline])] = []
        for id in ids {
            guard let item = items[id] else { continue }
            let disambiguation = ctx.settings[id] ?? CSLDisambiguation()
            let key = EntryKey(id: id, yearSuffix: ctx.suffixes[id], number: ctx.numbers[id], disambiguation: disambiguation)
            var output = cachedEntry(key) {
                var cite = CSLCite(item: item)
                cite.citationNumber = ctx.numbers[id]
                cite.yearSuffix = ctx.suffixes[id]
                cite.disambiguation = disambiguation
                return self.evaluator(cite, mode: .bibliography).renderLayout()
            }
            if !output.containsLink, let url = Self.titleLink(item) {
                output = output.replacingFirst(.title) { .linked(url, [$0]) }
            }
            var substituted = false
            if let substitute {
                let names = output.first(.names).map { $0.firstNameKey() ?? RichText.plain(renderer().render($0)) }
                if let names, names == previousNames, rule.hasPrefix("complete") || rule.hasPrefix("partial") {
                    // The names give way to the substitute; their label stays ("--- ed."), as in citeproc-js.
                    output = output.replacingFirst(.names) { names in
                        var lists = 0
                        _ = names.replacingAll(.nameList) { lists += 1; return $0 }
                        guard lists == 1, !substitute.isEmpty else { return substitute.isEmpty ? .empty : .tagged(.names, .text(substitute)) }
                        return names.replacingFirst(.nameList) { _ in .text(substitute) }
                    }
                    substituted = true
                } else {
                    previousNames = names
                }
            }
            if output.isEmpty { continue }
            let final = output
            out.append((id, cachedInlines(RenderedEntryKey(entry: key, substituted: substituted)) { finish(entryInlines(final, layout)) }))
        }
        return out
    }

    /// Where a title links to when the style prints no DOI or URL (pandoc's behaviour).
    static func titleLink(_ item: CSLItem) -> String? {
        if let doi = item.fields["doi"], !doi.isEmpty { return "https://doi.org/" + doi }
        if let url = item.fields["url"], !url.isEmpty { return url }
        return nil
    }

    private func entryInlines(_ output: CSLOutput, _ layout: CSLLayout) -> [RichInline] {
        var body = output
        var f = layout.formatting
        f.delimiter = nil
        if layout.attributes["second-field-align"] != nil, case .formatted(let fm, let children) = output, children.count > 1 {
            var margin = CSLFormatting()
            margin.display = "left-margin"
            var inline = CSLFormatting()
            inline.display = "right-inline"
            // The layout's suffix ends the entry's text, inside its right-hand part (as citeproc-js and pandoc).
            inline.suffix = f.suffix
            f.suffix = nil
            body = .formatted(fm, [.formatted(margin, [children[0], .text(" ")]), .formatted(inline, Array(children.dropFirst()))])
        }
        var inlines = renderer().render(body)
        // An entry that ends in a right-hand or indented block takes the layout's suffix inside that block.
        if let suffix = f.suffix, !suffix.isEmpty, case .span(let classes, let children)? = inlines.last,
            classes.contains(where: { $0 == "csl-right-inline" || $0 == "csl-indent" }) {
            inlines[inlines.count - 1] = .span(classes: classes, CSLRenderer.apply(CSLFormatting.suffixed(suffix), children))
            f.suffix = nil
        }
        return CSLRenderer.apply(f, inlines)
    }
}
