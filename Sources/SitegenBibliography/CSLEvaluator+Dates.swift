import Foundation

extension CSLEvaluator {
    /// `<date>`: localized (`form`) or style-defined date parts, ranges, seasons, literals, year suffix.
    func date(_ d: CSLDateNode) -> CSLOutput {
        calls += 1
        let v = d.variable
        guard !suppressed.contains(v), let value = item.dates[v] else { return .empty }
        hits += 1
        // A date in a sort macro sorts by the parts it renders (CSL 1.0.2 "Sorting": a year-only date ties
        // within the year, so the next key decides).
        if mode == .sort { return .text(Self.sortKey(value, parts: Set(effectiveParts(d).map(\.name)))) }
        var out: CSLOutput
        if let literal = value.literal, value.parts.isEmpty {
            return .tagged(.date, format(d.formatting, appendSuffix(.literal(RichText.parse(literal)), variable: v)))
        }
        let parts = effectiveParts(d)
        let delimiter = d.form != nil ? (locale.dateFormats[d.form ?? ""]?.formatting.delimiter) : d.formatting.delimiter
        var f = d.formatting
        f.delimiter = nil
        let start = value.parts.first ?? []
        let end = value.parts.count > 1 ? value.parts[1] : nil
        let body: [CSLOutput]
        if let end, !end.isEmpty, end != start {
            body = range(start, end, parts: parts, delimiter: delimiter, season: value.season)
        } else {
            body = renderParts(start, parts: parts, season: value.season)
        }
        out = .formatted(CSLFormatting.delimited(delimiter), body)
        // A date whose chosen parts are all missing ("month" of a year-only date) is an empty variable: it
        // suppresses its group like any other.
        if body.allSatisfy(\.isEmpty) {
            hits -= 1
            return .empty
        }
        if value.parts.count > 1, value.parts[1].isEmpty {
            out = .formatted(.none, [out, .text(locale.term("page-range-delimiter") ?? "–")])
        }
        return .tagged(.date, format(f, appendSuffix(out, variable: v)))
    }

    private func appendSuffix(_ out: CSLOutput, variable: String) -> CSLOutput {
        guard variable == "issued", !yearSuffixDone, !style.rendersYearSuffix, let s = cite.yearSuffix, !out.isEmpty else { return out }
        yearSuffixDone = true
        return .formatted(.none, [out, .tagged(.yearSuffix, .text(Self.suffixLetters(s)))])
    }

    /// The date parts to render: a localized format's parts (limited by `date-parts`, formatting overridden
    /// by the element's own date-part children) or the element's parts.
    private func effectiveParts(_ d: CSLDateNode) -> [CSLDateNode.Part] {
        guard let form = d.form else { return d.parts }
        let allowed: Set<String>
        switch d.dateParts {
        case "year": allowed = ["year"]
        case "year-month": allowed = ["year", "month"]
        default: allowed = ["year", "month", "day"]
        }
        let base = locale.dateFormats[form]?.parts ?? []
        return base.filter { allowed.contains($0.name) }.map { part in
            guard let o = d.parts.first(where: { $0.name == part.name }) else { return part }
            var p = part
            if let f = o.form { p.form = f }
            if let r = o.rangeDelimiter { p.rangeDelimiter = r }
            var fm = p.formatting
            let of = o.formatting
            fm.fontStyle = of.fontStyle ?? fm.fontStyle
            fm.fontWeight = of.fontWeight ?? fm.fontWeight
            fm.fontVariant = of.fontVariant ?? fm.fontVariant
            fm.textCase = of.textCase ?? fm.textCase
            fm.stripPeriods = of.stripPeriods || fm.stripPeriods
            if of.prefix != nil { fm.prefix = of.prefix }
            if of.suffix != nil { fm.suffix = of.suffix }
            p.formatting = fm
            return p
        }
    }

    private func renderParts(_ dp: [Int], parts: [CSLDateNode.Part], season: Int?) -> [CSLOutput] {
        parts.map { renderPart($0, dp, season: season) }
    }

    private func renderPart(_ p: CSLDateNode.Part, _ dp: [Int], season: Int?) -> CSLOutput {
        var f = p.formatting
        f.delimiter = nil
        switch p.name {
        case "year":
            guard let y = dp.first else { return .empty }
            let text: String
            if y <= 0 {
                // CSL-JSON counts years before the common era as negative numbers (-99 is 99 BC, not 100 BC).
                text = "\(max(-y, 1))" + (locale.term("bc") ?? "BC")
            } else if y < 1000 {
                text = "\(y)" + (locale.term("ad") ?? "AD")  // "79AD" (CSL 1.0.2 and pandoc; citeproc-js adds a space)
            } else {
                text = "\(y)"  // pandoc's citeproc prints the full year for form="short" too
            }
            return format(f, .text(text))
        case "month":
            if dp.count < 2 {
                guard let season else { return .empty }
                return format(f, .text(locale.term(String(format: "season-%02d", season)) ?? ""))
            }
            let m = dp[1]
            if let s = Self.season(ofMonth: m) { return format(f, .text(locale.term(String(format: "season-%02d", s)) ?? "")) }
            guard (1...12).contains(m) else { return .empty }
            switch p.form {
            case "numeric": return format(f, .text("\(m)"))
            case "numeric-leading-zeros": return format(f, .text(String(format: "%02d", m)))
            case "short": return format(f, .text(locale.term(String(format: "month-%02d", m), form: "short") ?? ""))
            default: return format(f, .text(locale.term(String(format: "month-%02d", m)) ?? ""))
            }
        case "day":
            guard dp.count >= 3, dp[2] > 0, dp.count < 2 || (1...12).contains(dp[1]) else { return .empty }
            let day = dp[2]
            switch p.form {
            case "numeric-leading-zeros": return format(f, .text(String(format: "%02d", day)))
            case "ordinal":
                let ordinal = !locale.limitDayOrdinalsToDay1 || day == 1
                let gender = locale.gender(of: String(format: "month-%02d", dp[1]))
                return format(f, .text(ordinal ? "\(day)" + locale.ordinalSuffix(day, gender: gender) : "\(day)"))
            default: return format(f, .text("\(day)"))
            }
        default: return .empty
        }
    }

    /// A range: parts that differ are rendered for both ends around the range delimiter of the largest
    /// differing part; parts that agree are rendered once.
    private func range(_ a: [Int], _ b: [Int], parts: [CSLDateNode.Part], delimiter: String?, season: Int?) -> [CSLOutput] {
        let order = ["year", "month", "day"]
        var largest = "day"
        for (k, name) in order.enumerated() {
            let x = k < a.count ? a[k] : nil, y = k < b.count ? b[k] : nil
            if x != y { largest = name; break }
        }
        let rank = ["year": 0, "month": 1, "day": 2]
        let rangeDelimiter = parts.first { $0.name == largest }?.rangeDelimiter ?? "–"
        guard let firstIndex = parts.firstIndex(where: { (rank[$0.name] ?? 0) >= (rank[largest] ?? 0) }),
            let lastIndex = parts.lastIndex(where: { (rank[$0.name] ?? 0) >= (rank[largest] ?? 0) }) else {
            return renderParts(a, parts: parts, season: season)
        }
        let startOnly = renderParts(a, parts: parts, season: season), endOnly = renderParts(b, parts: parts, season: season)
        if startOnly.allSatisfy(\.isEmpty) && endOnly.allSatisfy(\.isEmpty) { return [] }
        let dl = CSLFormatting.delimited(delimiter)
        if largest == "year" {
            return [.formatted(.none, [.formatted(dl, ends(a, parts, trimSuffix: true, season: season)), .text(rangeDelimiter),
                                       .formatted(dl, ends(b, parts, trimSuffix: false, season: season))])]
        }
        let block = Array(parts[firstIndex...lastIndex])
        if renderParts(a, parts: block, season: season).allSatisfy(\.isEmpty) && renderParts(b, parts: block, season: season).allSatisfy(\.isEmpty) {
            return renderParts(a, parts: parts, season: season)
        }
        var out: [CSLOutput] = []
        for (k, p) in parts.enumerated() where k < firstIndex { out.append(renderPart(p, a, season: season)) }
        out.append(.formatted(.none, [.formatted(dl, ends(a, block, trimSuffix: true, season: season)), .text(rangeDelimiter),
                                      .formatted(dl, ends(b, block, trimSuffix: false, season: season))]))
        for (k, p) in parts.enumerated() where k > lastIndex { out.append(renderPart(p, a, season: season)) }
        return out
    }

    /// One end of a range: the parts this date has, without the affix that faces the range delimiter.
    private func ends(_ dp: [Int], _ parts: [CSLDateNode.Part], trimSuffix: Bool, season: Int?) -> [CSLOutput] {
        var present = parts.filter { !renderPart($0, dp, season: season).isEmpty }
        guard !present.isEmpty else { return [] }
        if trimSuffix { present[present.count - 1].formatting.suffix = nil } else { present[0].formatting.prefix = nil }
        return renderParts(dp, parts: present, season: season)
    }

    /// The season (1–4) a CSL-JSON month number stands for: 21–24 (CSL 1.0.2), 13–16 and 17–20 (older data),
    /// nil for a calendar month or a number out of range.
    static func season(ofMonth m: Int) -> Int? {
        (13...24).contains(m) ? (m - 13) % 4 + 1 : nil
    }

    /// "YYYYMMDD" (missing parts as zeros) for sorting; ranges append the end date.
    static func sortKey(_ d: CSLDate, parts: Set<String> = ["year", "month", "day"]) -> String {
        guard let start = d.parts.first else { return d.literal ?? "" }
        func key(_ p: [Int]) -> String {
            let y = parts.contains("year") ? p.first ?? 0 : 0
            let m = p.count > 1 && parts.contains("month") ? p[1] : 0
            let day = p.count > 2 && parts.contains("day") ? p[2] : 0
            return String(format: "%05d%02d%02d", y + 10000, m, day)
        }
        return key(start) + (d.parts.count > 1 ? key(d.parts[1]) : "")
    }
}

extension CSLFormatting {
    /// Formatting that only sets a suffix.
    static func suffixed(_ s: String) -> CSLFormatting {
        var f = CSLFormatting()
        f.suffix = s
        return f
    }

    /// Formatting that only sets a delimiter.
    static func delimited(_ d: String?) -> CSLFormatting {
        var f = CSLFormatting()
        f.delimiter = d
        return f
    }
}

