import SitegenCore

/// The HTML shapes of formatted citations and reference lists (pandoc's classes and roles).
enum CitationHTML {
    /// A citation's inner HTML: cites linked to their entries with `role="doc-biblioref"` and the plain entry
    /// as `title` for a hover preview.
    static func inline(_ inlines: [RichInline], previews: [String: String], bibliographyItems: [String: CSLItem]) -> String {
        html(inlines) { url in
            guard url.hasPrefix("#ref-") else { return nil }
            let id = String(url.dropFirst(5))
            var attrs = " role=\"doc-biblioref\""
            if let p = previews[id] { attrs += " title=\"\(HTML.escapeAttribute(p))\"" }
            return attrs
        }
    }

    /// The reference list, or an empty string when there are no entries.
    static func bibliography(_ entries: [(id: String, inlines: [RichInline])], hangingIndent: Bool) -> String {
        guard !entries.isEmpty else { return "" }
        var classes = "references csl-bib-body"
        if hangingIndent { classes += " hanging-indent" }
        var out = "<div id=\"refs\" class=\"\(classes)\" role=\"list\">\n"
        for e in entries {
            out += "<div id=\"ref-\(HTML.escapeAttribute(e.id))\" class=\"csl-entry\" role=\"listitem\">"
            out += html(e.inlines) { _ in nil }
            out += "</div>\n"
        }
        out += "</div>"
        return out
    }

    /// HTML of inlines; `linkAttributes` adds attributes to a link by its URL.
    static func html(_ inlines: [RichInline], linkAttributes: (String) -> String?) -> String {
        var out = ""
        append(inlines, &out, linkAttributes)
        return out
    }

    private static func append(_ inlines: [RichInline], _ out: inout String, _ la: (String) -> String?) {
        for inline in inlines {
            switch inline {
            case .link(let url, let c):
                out += "<a href=\"\(HTML.escapeAttribute(url))\"\(la(url) ?? "")>"
                append(c, &out, la)
                out += "</a>"
            case .span(let classes, let c) where !classes.isEmpty && !FlipFlop.isReset(classes):
                out += "<div class=\"\(classes.joined(separator: " "))\">"
                append(c, &out, la)
                out += "</div>"
            case .text, .math:
                out += RichText.html([inline])
            default:
                let open = RichText.html([inline.replacingChildren([.text("\u{0}")])]).components(separatedBy: "\u{0}")
                out += open.first ?? ""
                append(inline.children, &out, la)
                out += open.count > 1 ? open[1] : ""
            }
        }
    }
}
