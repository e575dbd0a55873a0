/// Tree utilities over `[RichInline]`: normalising, text at the edges, trimming, mapping text.
enum RichInlineBuilder {
    /// Merges adjacent text, drops empty text and empty containers.
    static func normalize(_ inlines: [RichInline]) -> [RichInline] {
        var out: [RichInline] = []
        for inline in inlines {
            switch inline {
            case .text(let t):
                if t.isEmpty { continue }
                if case .text(let prev)? = out.last {
                    out[out.count - 1] = .text(prev + t)
                } else {
                    out.append(inline)
                }
            case .math:
                out.append(inline)
            default:
                let children = normalize(inline.children)
                if children.isEmpty { continue }
                out.append(inline.replacingChildren(children))
            }
        }
        return out
    }

    /// The first character of the text, quotes counted as rendered.
    static func firstCharacter(_ inlines: [RichInline]) -> Character? {
        for inline in inlines {
            switch inline {
            case .text(let t), .math(let t): if let c = t.first { return c }
            case .quoted(let single, _): return single ? "\u{2018}" : "\u{201C}"
            default: if let c = firstCharacter(inline.children) { return c }
            }
        }
        return nil
    }

    /// The last character of the text, quotes counted as rendered.
    static func lastCharacter(_ inlines: [RichInline]) -> Character? {
        for inline in inlines.reversed() {
            switch inline {
            case .text(let t), .math(let t): if let c = t.last { return c }
            case .quoted(let single, _): return single ? "\u{2019}" : "\u{201D}"
            default: if let c = lastCharacter(inline.children) { return c }
            }
        }
        return nil
    }

    /// Drops leading characters matching `p` from the first text(s).
    static func dropLeading(_ inlines: [RichInline], while p: (Character) -> Bool) -> [RichInline] {
        var out = inlines
        var done = false
        dropLeading(&out, p, &done)
        return out
    }

    private static func dropLeading(_ inlines: inout [RichInline], _ p: (Character) -> Bool, _ done: inout Bool) {
        var k = 0
        while k < inlines.count && !done {
            switch inlines[k] {
            case .text(let t):
                let rest = t.drop(while: p)
                inlines[k] = .text(String(rest))
                if !rest.isEmpty { done = true }
            case .math, .quoted:
                done = true
            default:
                var children = inlines[k].children
                dropLeading(&children, p, &done)
                inlines[k] = inlines[k].replacingChildren(children)
            }
            k += 1
        }
    }

    /// Drops trailing characters matching `p` from the last text(s).
    static func dropTrailing(_ inlines: [RichInline], while p: (Character) -> Bool) -> [RichInline] {
        var out = inlines
        var done = false
        dropTrailing(&out, p, &done)
        return out
    }

    private static func dropTrailing(_ inlines: inout [RichInline], _ p: (Character) -> Bool, _ done: inout Bool) {
        var k = inlines.count - 1
        while k >= 0 && !done {
            switch inlines[k] {
            case .text(let t):
                var rest = Substring(t)
                while let last = rest.last, p(last) { rest = rest.dropLast() }
                inlines[k] = .text(String(rest))
                if !rest.isEmpty { done = true }
            case .math, .quoted:
                done = true
            default:
                var children = inlines[k].children
                dropTrailing(&children, p, &done)
                inlines[k] = inlines[k].replacingChildren(children)
            }
            k -= 1
        }
    }

    /// Applies `f` to every text leaf.
    static func mapText(_ inlines: [RichInline], _ f: (String) -> String) -> [RichInline] {
        inlines.map { inline in
            switch inline {
            case .text(let t): return .text(f(t))
            case .math: return inline
            default: return inline.replacingChildren(mapText(inline.children, f))
            }
        }
    }

    /// Replaces protected groups by their content (plain spans), keeping other markup.
    static func unprotect(_ inlines: [RichInline]) -> [RichInline] {
        normalize(inlines.map { inline in
            switch inline {
            case .text, .math: return inline
            case .nocase(let c): return .span(classes: [], unprotect(c))
            default: return inline.replacingChildren(unprotect(inline.children))
            }
        })
    }
}
