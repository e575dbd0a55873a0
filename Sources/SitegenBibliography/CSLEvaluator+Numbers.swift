extension CSLEvaluator {
    /// `<number>`: numeric values in the requested form (numeric, ordinal, long-ordinal, roman); others as text.
    func number(_ name: String, form: String, _ f: CSLFormatting) -> CSLOutput {
        let v = name.lowercased()
        calls += 1
        let raw: String?
        switch v {
        case "locator": raw = mode == .bibliography ? nil : cite.locator
        case "citation-number": raw = cite.citationNumber.map(String.init)
        default: raw = suppressed.contains(v) ? nil : item.fields[v]
        }
        guard let raw, !raw.isEmpty else { return .empty }
        hits += 1
        let plain = RichText.plain(RichText.parse(raw))
        guard Self.isNumeric(plain) else { return format(f, .literal(RichText.parse(raw))) }
        var out = ""
        var digits = ""
        // Ordinals agree with the noun the number counts ("1re édition", "1er numéro").
        let noun = v == "locator" ? (cite.label ?? "page") : v == "chapter-number" ? "chapter" : v
        let gender = form.hasSuffix("ordinal") ? locale.gender(of: noun) : nil
        func flush() {
            guard !digits.isEmpty else { return }
            let n = Int(digits) ?? 0
            switch form {
            case "ordinal": out += digits + locale.ordinalSuffix(n, gender: gender)
            case "long-ordinal": out += locale.longOrdinal(n, gender: gender)
            case "roman": out += Self.roman(n)
            default: out += String(n)
            }
            digits = ""
        }
        for ch in plain {
            if ch.isNumber { digits.append(ch) } else {
                flush()
                if ch == "-" {
                    // A range of numbers takes an en dash (pages and locators: the locale's range delimiter).
                    out += v == "page" || v == "locator" ? (locale.term("page-range-delimiter") ?? "–") : "–"
                } else {
                    out.append(ch)
                }
            }
        }
        flush()
        if v == "page" || (v == "locator" && (cite.label ?? "page") == "page") {
            out = PageRange.format(plain, format: style.options["page-range-format"], delimiter: locale.term("page-range-delimiter") ?? "–")
        }
        return format(f, .text(out))
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var k = n
        var s = ""
        for (v, r) in table {
            while k >= v {
                s += r
                k -= v
            }
        }
        return s
    }

    /// `<label>`: the term for the variable, singular or plural by its value.
    func label(_ l: CSLLabel) -> CSLOutput {
        let v = l.variable.lowercased()
        let termName: String
        let value: String?
        if v == "locator" {
            guard mode != .bibliography, let loc = cite.locator else { return .empty }
            termName = cite.label ?? "page"
            value = loc
        } else {
            guard !suppressed.contains(v), let raw = item.fields[v], !raw.isEmpty else { return .empty }
            termName = v == "chapter-number" ? "chapter" : v
            value = raw
        }
        let plural: Bool
        switch l.plural {
        case "always": plural = true
        case "never": plural = false
        default: plural = Self.isPluralValue(value ?? "", variable: v, and: locale.term("and"))
        }
        guard let t = locale.term(termName, form: l.form, plural: plural), !t.isEmpty else { return .empty }
        return format(l.formatting, .literal(RichText.parse(t)))
    }

    static func isPluralValue(_ raw: String, variable: String, and localizedAnd: String? = nil) -> Bool {
        let s = RichText.plain(RichText.parse(raw))
        if variable == "number-of-pages" || variable == "number-of-volumes" {
            return (Int(s.trimmingCharacters(in: .whitespaces)) ?? 1) > 1
        }
        if let word = localizedAnd, !word.isEmpty, s.contains(" \(word) ") { return true }
        return s.contains(",") || s.contains("&") || s.contains(" and ") || s.contains("–") || s.contains("-")
    }
}
