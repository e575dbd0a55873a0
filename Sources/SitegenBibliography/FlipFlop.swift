/// CSL's flip-flop formatting: italics inside italics (a book title in an italic series, `<i>` in an italic
/// title), bold inside bold and small caps inside small caps switch back to normal, written as pandoc writes it —
/// a `csl-no-emph`, `csl-no-strong` or `csl-no-smallcaps` span. A "normal" span with nothing to undo goes away.
enum FlipFlop {
    static let noEmph = "csl-no-emph"
    static let noStrong = "csl-no-strong"
    static let noSmallCaps = "csl-no-smallcaps"

    /// Whether a span's classes are one of the reset classes (an inline span, never a display block).
    static func isReset(_ classes: [String]) -> Bool {
        classes.count == 1 && [noEmph, noStrong, noSmallCaps].contains(classes[0])
    }

    static func apply(_ inlines: [RichInline]) -> [RichInline] { walk(inlines, State()) }

    private struct State {
        var italic = false
        var bold = false
        var smallCaps = false
    }

    private static func walk(_ inlines: [RichInline], _ s: State) -> [RichInline] {
        inlines.flatMap { inline -> [RichInline] in
            var t = s
            switch inline {
            case .text, .math: return [inline]
            case .italic(let c):
                t.italic.toggle()
                return s.italic ? [.span(classes: [noEmph], walk(c, t))] : [.italic(walk(c, t))]
            case .bold(let c):
                t.bold.toggle()
                return s.bold ? [.span(classes: [noStrong], walk(c, t))] : [.bold(walk(c, t))]
            case .smallCaps(let c):
                t.smallCaps.toggle()
                return s.smallCaps ? [.span(classes: [noSmallCaps], walk(c, t))] : [.smallCaps(walk(c, t))]
            case .span(let classes, let c) where isReset(classes):
                let active: Bool
                switch classes[0] {
                case noEmph: active = s.italic; t.italic = false
                case noStrong: active = s.bold; t.bold = false
                default: active = s.smallCaps; t.smallCaps = false
                }
                return active ? [.span(classes: classes, walk(c, t))] : walk(c, s)
            default:
                return [inline.replacingChildren(walk(inline.children, s))]
            }
        }
    }
}
