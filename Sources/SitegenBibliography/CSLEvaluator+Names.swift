extension CSLEvaluator {
    /// `<names>`: the name lists of its variables, et-al, label, or the first non-empty substitute.
    func names(_ n: CSLNames, inheritedFrom parent: CSLNames? = nil) -> CSLOutput {
        var spec = n
        if let parent, !n.hasName {
            spec.nameAttributes = parent.nameAttributes
            spec.nameFormatting = parent.nameFormatting
            spec.hasName = parent.hasName
            spec.givenFormatting = parent.givenFormatting
            spec.familyFormatting = parent.familyFormatting
            spec.etAlTerm = parent.etAlTerm
            spec.etAlFormatting = parent.etAlFormatting
            if n.label == nil { spec.label = parent.label; spec.labelBeforeName = parent.labelBeforeName }
        }
        let options = CSLNameOptions(style: style.options, layout: layout?.attributes ?? [:], element: spec.nameAttributes)
        var lists: [(String, [CSLName])] = []
        for v in spec.variables {
            calls += 1
            guard !suppressed.contains(v), let list = item.names[v], !list.isEmpty else { continue }
            lists.append((v, list))
        }
        if lists.count == 2, lists[0].0 == "editor", lists[1].0 == "translator", lists[0].1 == lists[1].1,
           locale.term("editortranslator")?.isEmpty == false {
            lists = [("editortranslator", lists[0].1)]
        }
        if lists.isEmpty {
            return substitute(spec)
        }
        hits += 1
        if substituting { spec.variables.forEach { suppressed.insert($0) } }
        if options.form == "count" {
            let count = lists.reduce(0) { $0 + shownNames($1.1, options).shown.count }
            return count == 0 ? .empty : format(spec.formatting, .text(String(count)))
        }
        let rendered = lists.map { renderList(variable: $0.0, names: $0.1, spec: spec, options: options) }
        var f = spec.formatting
        f.delimiter = f.delimiter ?? options.namesDelimiter
        // The people named, whatever their role ("Doe, ed." and "Doe" are the same author for substitution and
        // grouping, as in citeproc-js); a literal name equals a family-only one.
        let key = lists.map { _, names in
            let shown = shownNames(names, options)
            let people = shown.shown.map { [$0.literal ?? $0.family, $0.given, $0.nonDroppingParticle, $0.droppingParticle, $0.suffix].map { $0 ?? "" }.joined(separator: "|") }
            return people.joined(separator: ";") + (shown.truncated ? ";et-al" : "")
        }.joined(separator: "/")
        return .tagged(.names, .tagged(.nameKey(key), .group(f, rendered)))
    }

    private func substitute(_ spec: CSLNames) -> CSLOutput {
        guard let subs = spec.substitute else { return .empty }
        let wasSubstituting = substituting
        substituting = true
        defer { substituting = wasSubstituting }
        for child in subs {
            let out: CSLOutput
            if case .names(let inner) = child {
                out = names(inner, inheritedFrom: spec)
            } else {
                out = eval(child)
            }
            if !out.isEmpty {
                if case .tagged(.names, _) = out { return format(affixOnly(spec.formatting), out) }
                return .tagged(.names, format(affixOnly(spec.formatting), out))
            }
        }
        return .empty
    }

    private func affixOnly(_ f: CSLFormatting) -> CSLFormatting {
        var a = CSLFormatting()
        a.prefix = f.prefix
        a.suffix = f.suffix
        return a
    }

    func shownNames(_ all: [CSLName], _ options: CSLNameOptions) -> (shown: [CSLName], truncated: Bool, last: CSLName?) {
        var list = all
        var forcedEtAl = false
        if list.last?.literal == "others" {
            list.removeLast()
            forcedEtAl = true
        }
        var min = options.etAlMin
        var useFirst = options.etAlUseFirst
        if mode == .citation, cite.position != .first {
            if let m = options.etAlSubsequentMin { min = m }
            if let u = options.etAlSubsequentUseFirst { useFirst = u }
        }
        if mode == .sort {
            if let m = sortNamesMin { min = m }
            if let u = sortNamesUseFirst { useFirst = u }
        }
        if let override = cite.disambiguation.etAlUseFirst, mode != .sort { useFirst = max(useFirst ?? 0, override) }
        if let min, let useFirst, list.count >= min, useFirst < list.count {
            let useLast = mode == .sort ? (sortNamesUseLast ?? options.etAlUseLast) : options.etAlUseLast
            let last = useLast && list.count >= useFirst + 2 ? list.last : nil
            // et-al-use-first="0" shows no names at all (citeproc-js and pandoc).
            return (Array(list.prefix(max(useFirst, 0))), true, useFirst == 0 ? nil : last)
        }
        return (list, forcedEtAl, nil)
    }

    private func renderList(variable: String, names: [CSLName], spec: CSLNames, options: CSLNameOptions) -> CSLOutput {
        let (shown, truncated, last) = shownNames(names, options)
        guard !shown.isEmpty else { return .empty }
        var pieces: [CSLOutput] = []
        for (k, name) in shown.enumerated() {
            let inverted = isInverted(index: k, options)
            let rendered = renderName(name, index: k, variable: variable, inverted: inverted, spec: spec, options: options)
            if k > 0 {
                let isLast = k == shown.count - 1 && !truncated
                pieces.append(.text(separator(before: k, isLast: isLast, count: shown.count, previousInverted: isInverted(index: k - 1, options) && shown[k - 1].literal == nil, options)))
            }
            pieces.append(rendered)
        }
        if truncated {
            if let last {
                pieces.append(.text(options.delimiter + "… "))
                pieces.append(renderName(last, index: names.count - 1, variable: variable, inverted: isInverted(index: names.count - 1, options), spec: spec, options: options))
            } else if let term = locale.term(spec.etAlTerm), !term.isEmpty {
                let useDelimiter: Bool
                switch options.delimiterPrecedesEtAl {
                case "always": useDelimiter = true
                case "never": useDelimiter = false
                case "after-inverted-name": useDelimiter = isInverted(index: shown.count - 1, options) && shown.last?.literal == nil
                default: useDelimiter = shown.count > 1
                }
                pieces.append(.text(useDelimiter ? options.delimiter : " "))
                pieces.append(format(spec.etAlFormatting, .literal(RichText.parse(term))))
            }
        }
        var nameFormatting = spec.nameFormatting
        nameFormatting.delimiter = nil
        var out = CSLOutput.tagged(.nameList, format(nameFormatting, .formatted(.none, pieces)))
        if let label = spec.label, mode != .sort {
            let term = locale.term(variable, form: label.form, plural: label.plural == "always" || (label.plural != "never" && names.count > 1))
            if let term, !term.isEmpty {
                let l = format(label.formatting, .literal(RichText.parse(term)))
                out = .formatted(.none, spec.labelBeforeName ? [l, out] : [out, l])
            }
        }
        return out
    }

    private func isInverted(index: Int, _ options: CSLNameOptions) -> Bool {
        if mode == .sort { return true }
        switch options.nameAsSortOrder {
        case "all": return true
        case "first": return index == 0
        default: return false
        }
    }

    private func separator(before k: Int, isLast: Bool, count: Int, previousInverted: Bool, _ options: CSLNameOptions) -> String {
        // Sort keys compare names one by one, without the "and" ("Colaresi, Rasler, Thompson" < "Colaresi, Thompson").
        guard isLast, mode != .sort, let and = options.and else { return options.delimiter }
        let word = and == "symbol" ? "&" : (locale.term("and") ?? "and")
        let useDelimiter: Bool
        switch options.delimiterPrecedesLast {
        case "always": useDelimiter = true
        case "never": useDelimiter = false
        case "after-inverted-name": useDelimiter = previousInverted
        default: useDelimiter = count > 2
        }
        return (useDelimiter ? options.delimiter : " ") + word + " "
    }
}
