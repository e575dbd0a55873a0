/// Turns `CSLOutput` into rich text the way pandoc's citeproc does: delimiters skipped before punctuation,
/// doubled punctuation merged at joins (`fixPunct`), formatting applied inside affixes, quotes flip-flopped.
struct CSLRenderer {
    var linkItems = false

    func render(_ out: CSLOutput) -> [RichInline] {
        switch out {
        case .empty: return []
        case .literal(let l): return l
        case .tagged(.item(let id), let x) where linkItems:
            let inner = render(x)
            return inner.isEmpty ? [] : [.link(url: "#ref-" + id, inner)]
        case .tagged(_, let x): return render(x)
        case .linked(let url, let xs):
            let inner = Self.joinFixingPunctuation(xs.map(render).filter { !$0.isEmpty })
            return inner.isEmpty ? [] : [.link(url: url, inner)]
        case .formatted(let f, let xs):
            var pieces = xs.map(render).filter { !$0.isEmpty }
            if let d = f.delimiter, !d.isEmpty { pieces = Self.addDelimiters(pieces, d) }
            return Self.apply(f, Self.joinFixingPunctuation(pieces))
        }
    }

    static func addDelimiters(_ pieces: [[RichInline]], _ d: String) -> [[RichInline]] {
        var out: [[RichInline]] = []
        for (n, p) in pieces.enumerated() {
            if n > 0 {
                let c = RichInlineBuilder.firstCharacter(p)
                if !(c == "," || c == ";" || c == ".") { out.append([.text(d)]) }
            }
            out.append(p)
        }
        return out
    }

    /// Joins pieces, merging doubled punctuation at each join (citeproc's `fixPunct`).
    static func joinFixingPunctuation(_ pieces: [[RichInline]]) -> [RichInline] {
        guard var acc = pieces.first else { return [] }
        for next in pieces.dropFirst() {
            var y = next
            if let a = RichInlineBuilder.lastCharacter(acc), let b = RichInlineBuilder.firstCharacter(y) {
                switch fix(a, b) {
                case .dropFirstOfSecond: y = RichInlineBuilder.dropLeading(y) { $0 == b }
                case .dropLastOfFirst: acc = RichInlineBuilder.dropTrailing(acc) { $0 == a }
                case .keep: break
                }
            }
            acc += y
        }
        return RichInlineBuilder.normalize(acc)
    }

    enum Fix { case keep, dropFirstOfSecond, dropLastOfFirst }

    static func fix(_ a: Character, _ b: Character) -> Fix {
        switch (a, b) {
        case (":", ":"), (";", ":"), ("!", ":"), ("?", ":"),
            (":", "."), (".", "."), (";", "."), ("!", "."), ("?", "."),
            (";", ";"), (",", ","):
            return .dropFirstOfSecond
        case (":", "!"), (";", "!"), ("!", "!"), (":", "?"), (";", "?"), ("?", "?"),
            (" ", " "), (" ", ","), (" ", "."):
            return .dropLastOfFirst
        default:
            return .keep
        }
    }

    /// citeproc's `addFormatting`: strip periods, font, case, quotes, then affixes outside, then display.
    static func apply(_ f: CSLFormatting, _ x: [RichInline]) -> [RichInline] {
        if x.isEmpty || f.isEmpty { return x }
        if RichText.plain(x).isEmpty { return [] }
        var y = x
        if f.stripPeriods { y = RichInlineBuilder.mapText(y) { $0.replacingOccurrences(of: ".", with: "") } }
        if f.affixesInside { y = affix(f, y) }
        switch f.fontStyle {
        case "italic", "oblique": y = [.italic(y)]
        case "normal": y = [.span(classes: [FlipFlop.noEmph], y)]
        default: break
        }
        if let tc = f.textCase { y = tc.apply(y) }
        if f.fontVariant == "small-caps" { y = [.smallCaps(y)] }
        if f.fontVariant == "normal" { y = [.span(classes: [FlipFlop.noSmallCaps], y)] }
        if f.fontWeight == "bold" { y = [.bold(y)] }
        if f.fontWeight == "normal" { y = [.span(classes: [FlipFlop.noStrong], y)] }
        if f.textDecoration == "underline" { y = [.underline(y)] }
        switch f.verticalAlign {
        case "sup": y = [.superscript(y)]
        case "sub": y = [.subscript(y)]
        default: break
        }
        if f.quotes { y = [.quoted(single: false, flipQuotes(y, single: false))] }
        if !f.affixesInside { y = affix(f, y) }
        if let d = f.display { y = [.span(classes: ["csl-" + (d == "left-margin" ? "left-margin" : d == "right-inline" ? "right-inline" : d)], y)] }
        return RichInlineBuilder.normalize(y)
    }

    private static func affix(_ f: CSLFormatting, _ y: [RichInline]) -> [RichInline] {
        var z = y
        if let p = f.prefix, !p.isEmpty { z = joinFixingPunctuation([[.text(p)], z]) }
        if let s = f.suffix, !s.isEmpty { z = joinFixingPunctuation([z, [.text(s)]]) }
        return z
    }

    /// Quotes inside quotes alternate between double and single.
    static func flipQuotes(_ x: [RichInline], single outer: Bool) -> [RichInline] {
        x.map { inline in
            switch inline {
            case .quoted(_, let c): return .quoted(single: !outer, flipQuotes(c, single: !outer))
            case .text, .math: return inline
            default: return inline.replacingChildren(flipQuotes(inline.children, single: outer))
            }
        }
    }

    /// A quotation, or formatting that ends with one (`<i>“Book A”</i>`); empty text after it does not count.
    private static func endsWithQuote(_ inline: RichInline) -> Bool {
        switch inline {
        case .quoted: return true
        case .text, .math: return false
        default:
            return inline.children.last { if case .text(let t) = $0 { return !t.isEmpty }; return true }.map(endsWithQuote) ?? false
        }
    }

    /// Puts punctuation at the end of the innermost quotation that ends `inline` ("This is ‘The One.’”), unless
    /// the quoted text already ends with punctuation.
    private static func movingInside(_ inline: RichInline, _ p: String) -> RichInline {
        var c = inline.children
        let lastIndex = c.lastIndex { if case .text(let t) = $0 { return !t.isEmpty }; return true }
        if let k = lastIndex, endsWithQuote(c[k]) {
            c[k] = movingInside(c[k], p)
            return inline.replacingChildren(c)
        }
        let ends = RichInlineBuilder.lastCharacter(c).map { ".,;:!?".contains($0) } ?? true
        return inline.replacingChildren(ends ? c : RichInlineBuilder.normalize(c + [.text(p)]))
    }

    /// Moves a period or comma that follows closing quotes inside them (American punctuation), also when the
    /// quotation ends a nested span and the punctuation starts the next one (a cite's suffix, the layout's suffix).
    static func punctuationInsideQuotes(_ x: [RichInline]) -> [RichInline] {
        var out = x.map { inline -> RichInline in
            if case .text = inline { return inline }
            if case .math = inline { return inline }
            return inline.replacingChildren(punctuationInsideQuotes(inline.children))
        }
        var k = 0
        while k + 1 < out.count {
            if endsWithQuote(out[k]), let first = RichInlineBuilder.firstCharacter(Array(out[(k + 1)...])), ".,!?".contains(first) {
                out[k] = movingInside(out[k], String(first))
                var dropped = false
                let rest = RichInlineBuilder.dropLeading(Array(out[(k + 1)...])) { _ in
                    defer { dropped = true }
                    return !dropped
                }
                out.replaceSubrange((k + 1)..., with: rest)
            }
            k += 1
        }
        return out
    }
}
