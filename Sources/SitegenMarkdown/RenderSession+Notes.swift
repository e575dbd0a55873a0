import SitegenCore

/// Callouts, fenced divs (asides, the references placeholder), footnotes and sidenotes.
extension RenderSession {
    func renderCallout(_ callout: Callout, block: Block, into html: inout String) {
        let kind = callout.kind.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        var attributes = block.attributes
        attributes.classes.removeAll { $0.hasPrefix("callout-") }
        attributes.pairs.removeAll { $0.key == "title" || $0.key == "collapse" }
        let classes = ["callout", "callout-\(kind)"]
        let titleHTML: String
        if callout.title.isEmpty {
            titleHTML = HTML.escape(kind.prefix(1).uppercased() + kind.dropFirst())
        } else {
            var rendered = ""
            renderInlines(callout.title, into: &rendered)
            titleHTML = rendered
        }
        if let collapsed = callout.collapsed {
            html += "<details" + attributeHTML(attributes, extraClasses: classes) + (collapsed ? "" : " open") + ">"
            html += "<summary class=\"callout-title\">\(titleHTML)</summary>\n<div class=\"callout-body\">\n"
            renderBlocks(callout.blocks, into: &html, tight: false)
            html += "</div></details>\n"
        } else {
            html += "<div" + attributeHTML(attributes, extraClasses: classes) + " role=\"note\">"
            html += "<div class=\"callout-title\">\(titleHTML)</div>\n<div class=\"callout-body\">\n"
            renderBlocks(callout.blocks, into: &html, tight: false)
            html += "</div></div>\n"
        }
    }

    func renderDiv(_ blocks: [Block], block: Block, into html: inout String) {
        let attributes = block.attributes
        if attributes.id == "refs" {
            referencesPlaced = true
            var rest = attributes
            rest.id = nil
            // The processor's list carries id="refs" itself; the wrapper keeps the div's other attributes.
            html += "<section" + attributeHTML(rest, extraClasses: ["references"]) + " role=\"doc-bibliography\">\n"
            renderBlocks(blocks, into: &html, tight: false)
            html += bibliography + "\n</section>\n"
            return
        }
        if let kind = FloatDiv.kind(of: block), let id = attributes.id, let entry = index[id], entry.kind == kind {
            renderFloatDiv(blocks, block: block, entry: entry, into: &html)
            return
        }
        if let id = attributes.id, let theorem = TheoremKind.of(label: id), let entry = index[id], entry.kind == theorem.key {
            renderTheorem(blocks, block: block, kind: theorem, entry: entry, into: &html)
            return
        }
        let isMargin = attributes.hasClass("column-margin") || attributes.hasClass("aside")
        let tag = isMargin ? "aside" : "div"
        html += "<\(tag)" + attributeHTML(attributes, extraClasses: isMargin ? ["margin-note"] : []) + ">\n"
        renderBlocks(blocks, into: &html, tight: false)
        html += "</\(tag)>\n"
    }

    func renderFootnoteReference(_ label: String, into html: inout String) {
        guard let number = footnoteNumbers[label] else {
            html += HTML.escape("[^\(label)]")
            return
        }
        let count = footnoteReferenceCounts[number, default: 0] + 1
        if !inSidenote { footnoteReferenceCounts[number] = count }
        let id = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
        html += "<sup><a href=\"#fn-\(number)\""
        if !inSidenote { html += " id=\"\(id)\"" }
        html += " class=\"footnote-ref\" role=\"doc-noteref\">\(number)</a></sup>"
        guard options.footnotesAsSidenotes, !inSidenote, count == 1 else { return }
        inSidenote = true
        html += "<span class=\"sidenote\"><sup>\(number)</sup> "
        let footnote = document.footnotes[number - 1]
        for (position, block) in footnote.blocks.enumerated() {
            if position > 0 { html += " " }
            if case .paragraph(let inlines) = block.kind {
                renderInlines(inlines, into: &html)
            } else {
                html += HTML.escape(PlainText.of(block))
            }
        }
        html += "</span>"
        inSidenote = false
    }

    func renderFootnotes(into html: inout String) {
        let referenced = document.footnotes.enumerated().filter { footnoteReferenceCounts[$0.offset + 1] != nil }
        guard !referenced.isEmpty else { return }
        html += "<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n"
        for (offset, footnote) in referenced {
            let number = offset + 1
            let backlink = "<a href=\"#fnref-\(number)\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a>"
            html += "<li id=\"fn-\(number)\" value=\"\(number)\">"
            var body = ""
            renderBlocks(footnote.blocks, into: &body, tight: false)
            if body.hasSuffix("</p>\n") {
                body.removeLast("</p>\n".count)
                body += " " + backlink + "</p>\n"
            } else {
                body += "<p>" + backlink + "</p>\n"
            }
            html += body + "</li>\n"
        }
        html += "</ol>\n</section>\n"
    }
}
