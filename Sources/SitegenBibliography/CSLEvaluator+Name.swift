import Foundation

extension CSLEvaluator {
    /// One name: literal, short (family only), long, or inverted (name-as-sort-order), with initials and
    /// given-name expansion chosen by disambiguation.
    func renderName(_ name: CSLName, index: Int, variable: String, inverted: Bool, spec: CSLNames, options: CSLNameOptions) -> CSLOutput {
        if let literal = name.literal {
            return format(spec.familyFormatting ?? .none, .literal(RichText.parse(literal)))
        }
        let level = mode == .sort ? 0 : (cite.disambiguation.givenLevels["\(variable):\(index)"] ?? 0)
        var form = options.form
        var initializeWith = options.initializeWith
        if level > 0 && form == "short" { form = "long" }
        if level >= 2 { initializeWith = nil }
        let demote = style.options["demote-non-dropping-particle"] ?? "display-and-sort"
        let ndp = name.nonDroppingParticle.map { $0.hasSuffix("'") || $0.hasSuffix("’") ? $0 : $0 + " " } ?? ""
        let family = name.family ?? ""
        let familyPart = format(spec.familyFormatting ?? .none, .text(ndp + family))
        if form == "short" {
            return familyPart
        }
        var given = name.given ?? ""
        if let iw = initializeWith, !given.isEmpty {
            given = Self.initials(given, with: iw, initialize: options.initialize, hyphen: style.options["initialize-with-hyphen"] != "false")
        }
        let dp = name.droppingParticle ?? ""
        let suffix = name.suffix ?? ""
        if inverted && !name.staticOrdering {
            let sortMode = mode == .sort
            let demoteHere = demote == "display-and-sort" || (sortMode && demote == "sort-only")
            let fam = demoteHere ? family : ndp + family
            let givenSide = [given, dp, demoteHere ? name.nonDroppingParticle ?? "" : ""].filter { !$0.isEmpty }.joined(separator: " ")
            var parts: [CSLOutput] = [format(spec.familyFormatting ?? .none, .text(fam))]
            if !givenSide.isEmpty {
                parts.append(.text(options.sortSeparator))
                parts.append(format(spec.givenFormatting ?? .none, .text(givenSide)))
            }
            if !suffix.isEmpty {
                parts.append(.text(options.sortSeparator + suffix))
            }
            return .formatted(.none, parts)
        }
        var parts: [CSLOutput] = []
        let givenSide = [given, dp].filter { !$0.isEmpty }.joined(separator: " ")
        if !givenSide.isEmpty {
            parts.append(format(spec.givenFormatting ?? .none, .text(givenSide)))
            parts.append(.text(" "))
        }
        parts.append(familyPart)
        if !suffix.isEmpty {
            parts.append(.text((name.commaSuffix ? ", " : " ") + suffix))
        }
        return .formatted(.none, parts)
    }

    /// "John Ronald" → "J. R." with `initialize-with=". "`; "Jean-Paul" → "J.-P."; with `initialize="false"`
    /// only existing initials are normalised.
    static func initials(_ given: String, with iw: String, initialize: Bool, hyphen: Bool) -> String {
        var out = ""
        let words = given.replacingOccurrences(of: ".", with: ". ").split(separator: " ").map(String.init)
        for (k, word) in words.enumerated() {
            let pieces = word.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
            var rendered: [String] = []
            for piece in pieces {
                let letters = piece.filter { $0 != "." }
                guard let first = letters.first else { continue }
                let isInitial = letters.count == 1 || (piece.hasSuffix(".") && letters.count <= 2)
                if isInitial || initialize {
                    if first.isLowercase && !isInitial {
                        rendered.append(piece)
                    } else {
                        rendered.append(String(first) + iw.trimmingCharacters(in: .whitespaces))
                    }
                } else {
                    rendered.append(piece)
                }
            }
            let joiner = hyphen ? "-" : ""
            let wordText = rendered.joined(separator: joiner)
            out += wordText
            if k < words.count - 1 {
                let isInitialWord = pieces.allSatisfy { $0.filter { $0 != "." }.count == 1 || initialize }
                out += isInitialWord ? (iw.hasSuffix(" ") ? " " : "") : " "
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}

