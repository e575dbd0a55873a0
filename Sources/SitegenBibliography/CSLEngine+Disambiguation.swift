extension CSLEngine {
    /// Per-item disambiguation and year suffixes for the items of one document (CSL 1.0.2 order: add names,
    /// add given names, year suffix, then the `disambiguate` condition).
    func disambiguate(_ ids: [String], numbers: [String: Int]) -> (settings: [String: CSLDisambiguation], suffixes: [String: Int]) {
        let opts = style.citation.attributes
        var settings: [String: CSLDisambiguation] = [:]
        var suffixes: [String: Int] = [:]
        guard ids.count > 1 else { return (settings, suffixes) }
        let addNames = opts["disambiguate-add-names"] == "true"
        let addGiven = opts["disambiguate-add-givenname"] == "true"
        let addYearSuffix = opts["disambiguate-add-year-suffix"] == "true"
        let rule = opts["givenname-disambiguation-rule"] ?? "by-cite"

        func text(_ id: String, _ current: [String: CSLDisambiguation]) -> String {
            guard let item = items[id] else { return id }
            var cite = CSLCite(item: item)
            cite.citationNumber = numbers[id]
            cite.disambiguation = current[id] ?? CSLDisambiguation()
            let key = CiteKey(id: id, position: 0, firstNote: nil, nearNote: false, locator: nil, label: nil, number: cite.citationNumber, yearSuffix: nil, disambiguation: cite.disambiguation)
            return cachedPlain(key) { RichText.plain(renderer().render(cachedCite(key) { evaluator(cite, mode: .citation).renderLayout() })) }
        }
        func ambiguousGroups(_ pool: [String]) -> [[String]] {
            var byText: [String: [String]] = [:]
            var order: [String] = []
            for id in pool {
                let t = text(id, settings)
                if byText[t] == nil { order.append(t) }
                byText[t, default: []].append(id)
            }
            return order.compactMap { byText[$0]!.count > 1 ? byText[$0] : nil }
        }

        if addGiven && rule != "by-cite" { expandGivenNamesGlobally(ids, rule: rule, settings: &settings) }
        var groups = ambiguousGroups(ids)
        if addNames {
            for group in groups { addNamesTo(group, settings: &settings, expandGiven: addGiven, text: text) }
            groups = ambiguousGroups(groups.flatMap { $0 })
        }
        if addGiven {
            for group in groups { expandGivenNames(group, settings: &settings, limitToInitials: rule.hasSuffix("with-initials"), primaryOnly: rule.hasPrefix("primary")) }
            groups = ambiguousGroups(groups.flatMap { $0 })
        }
        if addYearSuffix {
            for group in groups {
                for (n, id) in group.enumerated() { suffixes[id] = n + 1 }
            }
        } else {
            for group in groups { for id in group { settings[id, default: CSLDisambiguation()].condition = true } }
        }
        return (settings, suffixes)
    }

    private func primaryNames(_ id: String) -> (String, [CSLName]) {
        guard let item = items[id] else { return ("author", []) }
        for v in ["author", "editor", "translator", "director", "container-author", "composer", "interviewer"] {
            if let n = item.names[v], !n.isEmpty { return (v, n) }
        }
        return ("author", [])
    }

    /// Adds names (et-al-use-first) until cites differ. With given-name disambiguation on, names count as different
    /// when their full forms differ, so a name is added that given names can then tell apart ("Smith, Brown &
    /// J. Jones" against "Smith, Brown & A. Jones"), as citeproc-js does.
    private func addNamesTo(_ group: [String], settings: inout [String: CSLDisambiguation], expandGiven: Bool,
                            text: (String, [String: CSLDisambiguation]) -> String) {
        let useFirst = Int(style.citation.attributes["et-al-use-first"] ?? style.options["et-al-use-first"] ?? "") ?? 1
        let maxNames = group.map { primaryNames($0).1.count }.max() ?? 0
        guard maxNames > useFirst else { return }
        let before = Dictionary(uniqueKeysWithValues: group.map { ($0, settings[$0] ?? CSLDisambiguation()) })
        var resolvedAt: [String: Int] = [:]
        // For cites names cannot tell apart, the fewest names that made their clash smallest (citeproc-js keeps
        // names that helped even when a year suffix must finish the job).
        var best: [String: (clash: Int, n: Int)] = [:]
        for id in group { best[id] = (group.count, 0) }
        for n in (useFirst + 1)...maxNames {
            for id in group where resolvedAt[id] == nil { settings[id, default: CSLDisambiguation()].etAlUseFirst = n }
            var snapshot = settings
            if expandGiven {
                for id in group {
                    let (variable, names) = primaryNames(id)
                    for i in names.indices { snapshot[id, default: CSLDisambiguation()].givenLevels["\(variable):\(i)"] = 2 }
                }
            }
            let trial = snapshot
            let texts = Dictionary(grouping: group) { text($0, trial) }
            for (_, members) in texts {
                if members.count == 1, resolvedAt[members[0]] == nil { resolvedAt[members[0]] = n }
                for id in members where resolvedAt[id] == nil && members.count < (best[id]?.clash ?? 0) { best[id] = (members.count, n) }
            }
            if resolvedAt.count == group.count { break }
        }
        for id in group {
            if let n = resolvedAt[id] ?? best[id].flatMap({ $0.n > 0 ? $0.n : nil }) {
                var d = before[id] ?? CSLDisambiguation()
                d.etAlUseFirst = n
                settings[id] = d
            } else {
                settings[id] = before[id]
            }
        }
    }

    private func expandGivenNames(_ group: [String], settings: inout [String: CSLDisambiguation], limitToInitials: Bool, primaryOnly: Bool) {
        let lists = group.map { primaryNames($0) }
        for (k, id) in group.enumerated() {
            let (variable, names) = lists[k]
            for (i, name) in names.enumerated() where !primaryOnly || i == 0 {
                let clashes = lists.enumerated().filter { $0.offset != k }.compactMap { other -> CSLName? in
                    i < other.element.1.count ? other.element.1[i] : nil
                }.filter { familyKey($0) == familyKey(name) && givenKey($0.given) != givenKey(name.given) }
                guard !clashes.isEmpty else { continue }
                let sameInitials = clashes.contains { initialsOf($0.given) == initialsOf(name.given) }
                if sameInitials && limitToInitials { continue }
                settings[id, default: CSLDisambiguation()].givenLevels["\(variable):\(i)"] = sameInitials ? 2 : 1
            }
        }
    }

    private func expandGivenNamesGlobally(_ ids: [String], rule: String, settings: inout [String: CSLDisambiguation]) {
        let primaryOnly = rule.hasPrefix("primary")
        var givensByFamily: [String: Set<String>] = [:]
        let lists = ids.map { primaryNames($0) }
        for (_, names) in lists {
            for (i, n) in names.enumerated() where (!primaryOnly || i == 0) && n.literal == nil {
                givensByFamily[familyKey(n), default: []].insert(givenKey(n.given))
            }
        }
        for (k, id) in ids.enumerated() {
            let (variable, names) = lists[k]
            for (i, n) in names.enumerated() where (!primaryOnly || i == 0) && n.literal == nil {
                let givens = givensByFamily[familyKey(n)] ?? []
                guard givens.count > 1 else { continue }
                let myInitials = initialsOf(n.given)
                let sameInitials = givens.filter { $0 != givenKey(n.given) }.contains { initialsOf($0) == myInitials }
                if sameInitials && rule.hasSuffix("with-initials") { continue }
                settings[id, default: CSLDisambiguation()].givenLevels["\(variable):\(i)"] = sameInitials ? 2 : 1
            }
        }
    }

    /// The family name with its non-dropping particle: "dos Smith" and "Smith" are different names.
    private func familyKey(_ n: CSLName) -> String {
        [n.nonDroppingParticle, n.family].compactMap { $0 }.joined(separator: " ")
    }

    /// A given name compared for disambiguation: initials written with or without spaces ("J. J.", "J.J.") are
    /// the same name.
    private func givenKey(_ given: String?) -> String {
        (given ?? "").replacingOccurrences(of: ". ", with: ".").trimmingCharacters(in: .whitespaces)
    }

    private func initialsOf(_ given: String?) -> String {
        (given ?? "").split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).compactMap(\.first).map(String.init).joined()
    }
}
