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
        if inverted && !name.staticOrdering {
            let sortMode = mode == .sort
            let demoteHere = demote == "display-and-sort" || (sortMode && demote == "sort-only")
            var parts: [CSLOutput] = [format(familyFormatting, particleAndFamily(demoteHere ? "" : ndp, family, .none))]
            // After the sort separator: the given name and a dropping particle in the given name's formatting, a
            // demoted non-dropping particle in the family name's ("Aubignac, François Hédelin d’").
            let givenFormatting = spec.givenFormatting ?? .none
            var givenSide: [CSLOutput] = [given, dp].filter { !$0.isEmpty }.map { format(givenFormatting.withoutAffixes, .text($0)) }
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
            parts.append(format(spec.givenFormatting ?? .none, .text(given)))
            parts.append(.text(" "))
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
        for (k, token) in tokens.enumerated() {
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let hyphenNext = next?.hyphenBefore == true
            guard let first = token.text.first else { continue }
            let isInitial = token.text.count == 1 || token.period
            if isInitial || (initialize && !first.isLowercase) {
                // "TSerendorjiin" → "Ts.": capitals after the first letter stay, in lower case, unless the
                // whole word is in capitals ("ME" → "M.").
                let rest = token.text.dropFirst()
                let capitals = rest.prefix { $0.isUppercase }
                let letters = isInitial ? token.text : String(first) + (capitals.count < rest.count ? capitals.lowercased() : "")
                if hyphenNext {
                    out += letters + tight + (hyphen ? "-" : "")
                } else {
                    out += letters + iw
                }
            } else {
                if let last = out.last, last != " ", last != "-" { out += " " }
                out += token.text
                out += hyphenNext ? "-" : " "
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
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

