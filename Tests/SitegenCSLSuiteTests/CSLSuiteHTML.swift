import Foundation
@testable import SitegenBibliography

/// Writes processor output in the HTML dialect of the CSL test suite (citeproc-js's `html` format): `<i>`, `<b>`,
/// `<sup>`, `<sub>`, small caps and underline as styled spans, display divs, no links, `&#38;` escapes.
enum CSLSuiteHTML {
    static func html(_ inlines: [RichInline]) -> String {
        var out = ""
        append(inlines, &out)
        return out
    }

    private static func append(_ inlines: [RichInline], _ out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s): out += escape(s)
            case .math(let s): out += escape(s)
            case .italic(let c): wrap("<i>", "</i>", c, &out)
            case .bold(let c): wrap("<b>", "</b>", c, &out)
            case .smallCaps(let c): wrap("<span style=\"font-variant:small-caps;\">", "</span>", c, &out)
            case .superscript(let c): wrap("<sup>", "</sup>", c, &out)
            case .subscript(let c): wrap("<sub>", "</sub>", c, &out)
            case .underline(let c): wrap("<span style=\"text-decoration:underline;\">", "</span>", c, &out)
            case .nocase(let c), .link(_, let c): append(c, &out)
            case .span(let classes, let c):
                let resets = [FlipFlop.noEmph: "font-style", FlipFlop.noStrong: "font-weight", FlipFlop.noSmallCaps: "font-variant"]
                if FlipFlop.isReset(classes), let property = resets[classes[0]] {
                    wrap("<span style=\"\(property):normal;\">", "</span>", c, &out)
                } else if classes.isEmpty { append(c, &out) } else { wrap("<div class=\"\(classes.joined(separator: " "))\">", "</div>", c, &out) }
            case .quoted(let single, let c):
                out += single ? "\u{2018}" : "\u{201C}"
                append(c, &out)
                out += single ? "\u{2019}" : "\u{201D}"
            }
        }
    }

    private static func wrap(_ open: String, _ close: String, _ c: [RichInline], _ out: inout String) {
        out += open
        append(c, &out)
        out += close
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&#38;"
            case "<": out += "&#60;"
            case ">": out += "&#62;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The comparison form of a result: whitespace runs collapsed, none around block tags, citation-list markers
    /// (`..[0] `, `>>[1] `) removed, `&amp;` spelled as citeproc-js spells it.
    static func normalize(_ s: String) -> String {
        var lines: [String] = []
        for raw in s.split(separator: "\n") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if let r = line.range(of: #"^(\.\.|>>)\[\d+\] "#, options: .regularExpression) { line.removeSubrange(r) }
            if !line.isEmpty { lines.append(line) }
        }
        var t = lines.joined(separator: "\n")
        t = t.replacingOccurrences(of: "&amp;", with: "&#38;")
        t = t.replacingOccurrences(of: #"[ \t]+"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\s*(<div[^>]*>|</div>)\s*"#, with: "$1", options: .regularExpression)
        return t
    }
}
