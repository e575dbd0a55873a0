extension CSLEngine {
    /// Sort keys of an item under a layout's `<sort>`; cached for the bibliography when they cannot depend
    /// on the document (no citation-number key).
    func sortKeys(_ id: String, layout: CSLLayout, kind: String, number: Int?, cacheable: Bool) -> [CSLSortValue] {
        guard let item = items[id] else { return [] }
        let compute = { () -> [CSLSortValue] in
            layout.sort.map { key in self.sortValue(item, key: key, layout: layout, number: number) }
        }
        return cacheable ? cachedSortKeys(kind + "|" + id, compute) : compute()
    }

    private func sortValue(_ item: CSLItem, key: CSLSortKey, layout: CSLLayout, number: Int?) -> CSLSortValue {
        var cite = CSLCite(item: item)
        cite.citationNumber = number
        switch key.source {
        case .variable(let raw):
            let v = raw.lowercased()
            if v == "citation-number" { return number.map { .number($0) } ?? .empty }
            if v == "citation-label" { return .text(CSLEvaluator.citationLabel(item)) }
            if item.names[v] != nil {
                let e = evaluator(cite, mode: .sort, layout: layout)
                e.sortNamesMin = key.namesMin
                e.sortNamesUseFirst = key.namesUseFirst
                e.sortNamesUseLast = key.namesUseLast
                let node = CSLNames(variables: [v], nameAttributes: ["name-as-sort-order": "all"], nameFormatting: .none, hasName: true,
                                    givenFormatting: nil, familyFormatting: nil, etAlTerm: "et-al", etAlFormatting: .none, label: nil,
                                    labelBeforeName: false, substitute: nil, formatting: .none, line: 0)
                return .text(RichText.plain(renderer().render(e.names(node))))
            }
            if let d = item.dates[v] { return .text(CSLEvaluator.sortKey(d)) }
            guard let value = item.fields[v] else { return .empty }
            let plain = RichText.plain(RichText.parse(value))
            if ["edition", "volume", "issue", "number", "page", "chapter-number", "collection-number", "number-of-pages",
                "number-of-volumes"].contains(v), let n = Int(plain.prefix { $0.isNumber }) {
                return .number(n)
            }
            return .text(plain)
        case .macro(let m):
            let e = evaluator(cite, mode: .sort, layout: layout)
            e.sortNamesMin = key.namesMin
            e.sortNamesUseFirst = key.namesUseFirst
            e.sortNamesUseLast = key.namesUseLast
            let text = RichText.plain(renderer().render(e.eval(.text(.macro(m), .none))))
            if !text.isEmpty, text.allSatisfy(\.isNumber), let n = Int(text) { return .number(n) }
            return .text(text)
        }
    }

    /// Sorts ids by a layout's keys (stable: ties keep their order).
    func sorted(_ ids: [String], layout: CSLLayout?, kind: String, numbers: [String: Int]) -> [String] {
        guard let layout, !layout.sort.isEmpty else { return ids }
        let usesNumber = layout.sort.contains { if case .variable(let v) = $0.source { return v == "citation-number" } else { return false } }
            || style.usesCitationNumber
        let asc = layout.sort.map(\.ascending)
        let keyed = ids.enumerated().map { (n, id) in
            (n, id, sortKeys(id, layout: layout, kind: kind, number: numbers[id], cacheable: !usesNumber))
        }
        return keyed.sorted { a, b in
            CSLSortValue.less(a.2, b.2, ascending: asc) ?? (a.0 < b.0)
        }.map(\.1)
    }
}
