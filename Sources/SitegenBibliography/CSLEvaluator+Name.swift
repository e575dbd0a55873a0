import Foundation

extension CSLEvaluator {
    /// One name: literal, short (family only), long, or inverted (name-as-sort-order), with initials and
    /// given-name expansion chosen by disambiguation.
    func renderName(_ name: CSLName, index: Int, variable: String, inverted: Bool, spec: CSLNames, options: CSLNameOptions) -> CSLOutput {
        if let literal = name.literal {
            return format(spec.familyFormatting ?? .none, .literal(RichText.parse(literal)))
        }
        let name = mode == .sort ? name : Self.typographicApostrophes(name)
        let level = mode == .sort ? 0 : (cite.disambiguation.givenLevels["\(variable):\(index)"] ?? 0)
        var form = options.form
        var initializeWith = options.initializeWith
        if level > 0 && form == "short" { form = "long" }
        if level >= 2 { initializeWith = nil }
        let demote = style.options["demote-non-dropping-particle"] ?? "display-and-sort"
        let ndp = name.nonDroppingParticle.map { Self.gluesToNext($0) ? $0 : $0 + " " } ?? ""
        let family = name.family ?? ""
        let familyFormatting = spec.familyFormatting ?? .none
        var familyAffixes = CSLFormatting()
        familyAffixes.prefix = familyFormatting.prefix
        familyAffixes.suffix = familyFormatting.suffix
        if form == "short" {
            return format(familyAffixes, particleAndFamily(ndp, family, familyFormatting.withoutAffixes))
        }
        var given = name.given ?? ""
        if let iw = initializeWith, !given.isEmpty, !family.isEmpty {
            given = Self.initials(given, with: iw, initialize: options.initialize, hyphen: style.options["initialize-with-hyphen"] != "false")
        }
        let dp = name.droppingParticle ?? ""
        let suffix = name.suffix ?? ""
        // East Asian names print family name first with no space in either order ("我妻栄", CSL 1.0.2 "Name-part Order").
        if Self.isEastAsian(family + given), !family.isEmpty, !given.isEmpty {
            return .formatted(.none, [format(familyFormatting, .text(family)), format(spec.givenFormatting ?? .none, Self.markup(given))])
        }
        if inverted && !name.staticOrdering {
            let sortMode = mode == .sort
            let demoteHere = demote == "display-and-sort" || (sortMode && demote == "sort-only")
            var parts: [CSLOutput] = [format(familyAffixes, particleAndFamily(demoteHere ? "" : ndp, family, familyFormatting.withoutAffixes))]
            // After the sort separator: the given name and a dropping particle in the given name's formatting, a
            // demoted non-dropping particle in the family name's ("Aubignac, François Hédelin d’").
            let givenFormatting = spec.givenFormatting ?? .none
            var givenSide: [CSLOutput] = [given, dp].filter { !$0.isEmpty }.map { format(givenFormatting.withoutAffixes, Self.markup($0)) }
            if demoteHere, let p = name.nonDroppingParticle?.trimmingCharacters(in: .whitespaces), !p.isEmpty {
                givenSide.append(format(familyFormatting.withoutAffixes, .text(p)))
            }
            // A name with only a given name prints it alone, without a separator before it.
            // The given name-part's affixes cover the whole side ("[Jean de La]").
            var givenAffixes = CSLFormatting.delimited(" ")
            givenAffixes.prefix = givenFormatting.prefix
            givenAffixes.suffix = givenFormatting.suffix
            if family.isEmpty && ndp.isEmpty { return .formatted(givenAffixes, givenSide) }
            if !givenSide.isEmpty {
                parts.append(.text(options.sortSeparator))
                parts.append(.formatted(givenAffixes, givenSide))
            }
            if !suffix.isEmpty {
                parts.append(.text(options.sortSeparator + suffix))
            }
            return .formatted(.none, parts)
        }
        // Display order: the family name-part's affixes cover both particles, the family name and the suffix
        // ("[Jean] (de La Fontaine III)"); its fonts and text-case only the non-dropping particle and the family.
        var parts: [CSLOutput] = []
        if !given.isEmpty {
            parts.append(format(spec.givenFormatting ?? .none, Self.markup(given)))
            // A given name-part whose suffix ends in a space (a no-break space) needs no second one.
            if !((spec.givenFormatting?.suffix?.last).map { $0.isWhitespace } ?? false) { parts.append(.text(" ")) }
        }
        let dpText = dp.isEmpty ? "" : (Self.gluesToNext(dp) ? dp : dp + " ")
        let suffixText = suffix.isEmpty ? "" : (name.commaSuffix ? ", " : " ") + suffix
        let styled = particleAndFamily(ndp, family, familyFormatting.withoutAffixes)
        parts.append(format(familyAffixes, .formatted(.none, [.text(dpText), styled, .text(suffixText)])))
        return .formatted(.none, parts)
    }

    /// The non-dropping particle (with its trailing space, or glued: "d’") and the family name, each in the family
    /// name-part's formatting, as citeproc-js formats them ("<sc>van</sc> <sc>Roe</sc>").
    func particleAndFamily(_ ndp: String, _ family: String, _ f: CSLFormatting) -> CSLOutput {
        guard !ndp.isEmpty, !f.isEmpty else { return format(f, Self.markup(ndp + family)) }
        let core = ndp.hasSuffix(" ") ? String(ndp.dropLast()) : ndp
        return .formatted(.none, [format(f, .text(core)), .text(ndp.hasSuffix(" ") ? " " : ""), format(f, Self.markup(family))])
    }

    /// A name part as text, or as rich text when it carries CSL-JSON markup ("Center <sup>for</sup> History").
    static func markup(_ s: String) -> CSLOutput {
        s.contains("<") ? .literal(RichText.parse(s)) : .text(s)
    }

    /// True when a name is written in Han, kana or Hangul only (no Latin, Greek or Cyrillic letters).
    static func isEastAsian(_ s: String) -> Bool {
        var sawAsian = false
        for u in s.unicodeScalars where !u.properties.isWhitespace {
            switch u.value {
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
                sawAsian = true
            default:
                if u.properties.isAlphabetic { return false }
            }
        }
        return sawAsian
    }

    /// "Shun'ichi", "d'Aubignac" → "Shun’ichi", "d’Aubignac", as citeproc-js prints names.
    static func typographicApostrophes(_ name: CSLName) -> CSLName {
        func curl(_ s: String?) -> String? { s?.replacingOccurrences(of: "'", with: "’") }
        var n = name
        n.family = curl(n.family)
        n.given = curl(n.given)
        n.nonDroppingParticle = curl(n.nonDroppingParticle)
        n.droppingParticle = curl(n.droppingParticle)
        n.suffix = curl(n.suffix)
        return n
    }

    /// A particle written against the word after it ("d'", "d’", "al-"), or one that carries its own space.
    static func gluesToNext(_ particle: String) -> Bool {
        particle.hasSuffix("'") || particle.hasSuffix("’") || particle.hasSuffix("-") || particle.hasSuffix(" ")
    }

    /// "John Ronald" → "J. R." with `initialize-with=". "`; "Jean-Paul" → "J.-P."; with `initialize="false"`
    /// only existing initials are normalised: "M.E" → "M. E.", while abbreviations that end in a period
    /// ("Ph.", "Me.") keep their letters and a whole capitalised word ("ME") stays as it is.
    static func initials(_ given: String, with iw: String, initialize: Bool, hyphen: Bool) -> String {
        // "Guo-ping" → "G.": a lower-case piece after a hyphen is part of the syllable before it.
        let tokens = initialTokens(given).filter { !(initialize && $0.hyphenBefore && $0.text.first?.isLowercase == true) }
        var out = ""
        let tight = iw.trimmingCharacters(in: .whitespaces)
        for (k, whole) in tokens.enumerated() {
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let hyphenNext = next?.hyphenBefore == true
            // Markup around a given name ("<b>John</b>") stays around its initial ("<b>J.</b>").
            let (open, token, close) = Self.splitMarkup(whole)
            guard let first = token.text.first else { continue }
            let isInitial = token.text.count == 1 || token.period
            if isInitial || (initialize && !first.isLowercase) {
                // "TSerendorjiin" → "Ts.": capitals after the first letter stay, in lower case, unless the
                // whole word is in capitals ("ME" → "M.").
                let rest = token.text.dropFirst()
                let capitals = rest.prefix { $0.isUppercase }
                let letters = isInitial ? token.text : String(first) + (capitals.count < rest.count ? capitals.lowercased() : "")
                if hyphenNext {
                    out += open + letters + tight + close + (hyphen ? "-" : "")
                } else {
                    out += open.isEmpty && close.isEmpty ? letters + iw : open + letters + tight + close + (iw.hasSuffix(" ") ? " " : "")
                }
            } else {
                if let last = out.last, last != " ", last != "-" { out += " " }
                out += open + token.text + close
                out += hyphenNext ? "-" : " "
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// A token without the markup tags that open and close it: ("<b>", "John", "</b>").
    private static func splitMarkup(_ token: (text: String, period: Bool, hyphenBefore: Bool))
        -> (String, (text: String, period: Bool, hyphenBefore: Bool), String) {
        var text = Substring(token.text)
        var open = "", close = ""
        while text.hasPrefix("<"), !text.hasPrefix("</"), let end = text.firstIndex(of: ">") {
            open += text[...end]
            text = text[text.index(after: end)...]
        }
        while text.hasSuffix(">"), let start = text.lastIndex(of: "<"), text[start...].hasPrefix("</") {
            close = text[start...] + close
            text = text[..<start]
        }
        guard !open.isEmpty || !close.isEmpty else { return ("", token, "") }
        return (open, (String(text), token.period, token.hyphenBefore), close)
    }

    /// The given name cut at spaces, periods and hyphens; each piece remembers whether a period closed it
    /// and whether a hyphen opened it.
    private static func initialTokens(_ given: String) -> [(text: String, period: Bool, hyphenBefore: Bool)] {
        var tokens: [(text: String, period: Bool, hyphenBefore: Bool)] = []
        var current = ""
        var hyphenBefore = false
        func close(period: Bool) {
            if !current.isEmpty {
                tokens.append((current, period, hyphenBefore))
                hyphenBefore = false
            } else if period, let last = tokens.last, !last.period {
                tokens[tokens.count - 1].period = true
            }
            current = ""
        }
        for ch in given {
            if ch == "." {
                close(period: true)
            } else if ch == "-" {
                close(period: false)
                hyphenBefore = true
            } else if ch.isWhitespace {
                close(period: false)
            } else {
                current.append(ch)
            }
        }
        close(period: false)
        return tokens
    }
}

