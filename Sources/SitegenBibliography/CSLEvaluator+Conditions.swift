extension CSLEvaluator {
    /// Whether a `<if>`/`<else-if>` branch applies (`match` any/all/none over every value of every test).
    func matches(_ b: CSLBranch) -> Bool {
        var results: [Bool] = []
        for (attr, values) in b.tests {
            for value in values { results.append(test(attr, value)) }
        }
        switch b.match {
        case "any": return results.contains(true)
        case "none": return !results.contains(true)
        default: return !results.contains(false)
        }
    }

    private func test(_ attr: String, _ value: String) -> Bool {
        switch attr {
        case "type": return item.type == value
        case "variable": return hasVariable(value.lowercased())
        case "is-numeric":
            guard let v = numericSource(value.lowercased()) else { return false }
            return Self.isNumeric(v)
        case "is-uncertain-date": return item.dates[value]?.circa ?? false
        case "locator":
            guard cite.locator != nil else { return false }
            let l = cite.label ?? "page"
            return l == value || (value == "sub-verbo" && l == "sub verbo")
        case "position":
            guard mode == .citation else { return false }
            switch value {
            case "first": return cite.position == .first
            case "subsequent": return cite.position != .first
            case "ibid": return cite.position == .ibid || cite.position == .ibidWithLocator
            case "ibid-with-locator": return cite.position == .ibidWithLocator
            case "near-note": return cite.position != .first && cite.nearNote
            default: return false
            }
        case "disambiguate": return cite.disambiguation.condition == (value == "true")
        default: return false
        }
    }

    func hasVariable(_ v: String) -> Bool {
        switch v {
        case "locator": return cite.locator != nil && mode != .bibliography
        case "citation-number": return cite.citationNumber != nil
        case "year-suffix": return cite.yearSuffix != nil
        case "first-reference-note-number": return mode == .citation && cite.position != .first && cite.firstNote != nil
        default: break
        }
        if suppressed.contains(v) { return false }
        if let n = item.names[v] { return !n.isEmpty }
        if item.dates[v] != nil { return true }
        // Only a real short title counts (the long title is not one), as in citeproc-js and pandoc.
        if v == "title-short" { return !(item.fields["title-short"] ?? item.fields["shorttitle"] ?? "").isEmpty }
        if v == "page-first" { return value(v) != nil }
        return !(item.fields[v] ?? "").isEmpty
    }

    private func numericSource(_ v: String) -> String? {
        if v == "locator" { return cite.locator }
        if v == "citation-number" { return cite.citationNumber.map(String.init) }
        return item.fields[v]
    }

    /// CSL's numeric test: numbers with optional letter affixes, joined by `-`, `,` or `&`.
    static func isNumeric(_ s: String) -> Bool {
        let t = RichText.plain(RichText.parse(s)).trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return false }
        let tokens = t.split(whereSeparator: { $0 == "-" || $0 == "," || $0 == "&" || $0 == "–" || $0 == " " })
            .map(String.init).filter { $0 != "and" }
        guard !tokens.isEmpty else { return false }
        return tokens.allSatisfy { tok in
            tok.contains(where: \.isNumber) && tok.allSatisfy { $0.isNumber || $0.isLetter || $0 == "." }
                && tok.first != "." && tok.last != "."
        }
    }
}
