import SitegenCore

/// Figures, images, tables and numbered equations.
extension RenderSession {
    func renderFigure(_ figure: Figure, block: Block, into html: inout String) {
        let attributes = block.attributes
        let entry = attributes.id.flatMap { index[$0] }
        if entry != nil, plainText(figure.caption).trimmingCharacters(in: .whitespaces).isEmpty,
           let id = attributes.id {
            diagnostics.append(.warning(
                "figure \(id) has no caption", at: block.location, rule: "missing-caption",
                hint: "write the caption in the image brackets: ![Caption](image.png){#\(id)}"))
        }
        let classes = ["figure"] + (figure.images.count == 1 ? figure.images[0].attributes.classes : attributes.classes)
        html += "<figure"
        if let id = attributes.id { html += " id=\"\(HTML.escapeAttribute(id))\"" }
        html += " class=\"\(HTML.escapeAttribute(classes.joined(separator: " ")))\">"
        if figure.images.count == 1 {
            let image = figure.images[0]
            let alt = image.attributes["fig-alt"] ?? plainText(figure.caption)
            checkAltText(image, alt: alt)
            html += imageTag(image, alt: alt, includeID: false, includeClasses: false)
        } else {
            renderSubfigures(figure, columns: attributes["layout-ncol"], into: &html)
        }
        renderCaption(figure.caption, entry: entry, into: &html)
        html += "</figure>\n"
    }

    private func renderSubfigures(_ figure: Figure, columns: String?, into html: inout String) {
        html += "<div class=\"subfigures\""
        if let columns, let count = Int(columns), (1...12).contains(count) {
            html += " style=\"display: grid; grid-template-columns: repeat(\(count), 1fr); gap: 1em\""
        }
        html += ">"
        for (position, image) in figure.images.enumerated() {
            let letter = String(UnicodeScalar(UInt8(97 + position % 26)))
            let subcaption = position < figure.subcaptions.count ? figure.subcaptions[position] : image.alt
            let alt = image.attributes["fig-alt"] ?? plainText(subcaption)
            checkAltText(image, alt: alt)
            html += "<figure class=\"subfigure\""
            if let id = image.attributes.id { html += " id=\"\(HTML.escapeAttribute(id))\"" }
            html += ">" + imageTag(image, alt: alt, includeID: false, includeClasses: true)
            html += "<figcaption>(\(letter))"
            if !subcaption.isEmpty {
                html += " "
                renderInlines(subcaption, into: &html)
            }
            html += "</figcaption></figure>"
        }
        html += "</div>"
    }

    /// `<figcaption>Figure 1: Caption</figcaption>`; unlabelled figures get the caption alone.
    func renderCaption(_ caption: [Inline], entry: CrossReferenceIndex.Entry?, into html: inout String) {
        guard entry != nil || !caption.isEmpty else { return }
        html += "<figcaption>"
        if let entry {
            html += HTML.escape(options.prefix(for: entry.kind) + " " + entry.number)
            if !caption.isEmpty { html += ": " }
        }
        renderInlines(caption, into: &html)
        html += "</figcaption>"
    }

    /// The alt text of an inline image as plain text (a figure's `fig-alt` wins).
    func plainAlt(_ image: Image) -> String {
        image.attributes["fig-alt"] ?? plainText(image.alt)
    }

    func checkAltText(_ image: Image, alt: String) {
        guard alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        diagnostics.append(.warning(
            "image \(image.source) has no alt text", at: image.location, rule: "missing-alt-text",
            hint: "describe the image in the brackets, ![A chart of …](\(image.source)), or add fig-alt=\"…\""))
    }

    /// `<img src alt width height loading="lazy" decoding="async">`, sized from attributes or the file.
    func imageTag(_ image: Image, alt: String, includeID: Bool, includeClasses: Bool = true) -> String {
        var html = "<img src=\"\(HTML.escapeAttribute(imageURL(image.source)))\" alt=\"\(HTML.escapeAttribute(alt))\""
        if !image.title.isEmpty { html += " title=\"\(HTML.escapeAttribute(image.title))\"" }
        if includeID, let id = image.attributes.id { html += " id=\"\(HTML.escapeAttribute(id))\"" }
        if includeClasses, !image.attributes.classes.isEmpty {
            html += " class=\"\(HTML.escapeAttribute(image.attributes.classes.joined(separator: " ")))\""
        }
        html += sizeAttributes(image)
        html += " loading=\"lazy\" decoding=\"async\">"
        return html
    }

    private func sizeAttributes(_ image: Image) -> String {
        let intrinsic = hooks.imageSize?(image.source)
        let width = image.attributes["width"]
        let height = image.attributes["height"]
        var html = ""
        var styles: [String] = []
        var pixelWidth = width.flatMap(Self.pixels)
        var pixelHeight = height.flatMap(Self.pixels)
        if let width, pixelWidth == nil, let css = Self.cssLength(width) { styles.append("width: \(css)") }
        if let height, pixelHeight == nil, let css = Self.cssLength(height) { styles.append("height: \(css)") }
        if let intrinsic, styles.isEmpty {
            if pixelWidth == nil, pixelHeight == nil {
                pixelWidth = intrinsic.width
                pixelHeight = intrinsic.height
            } else if let w = pixelWidth, pixelHeight == nil, intrinsic.width > 0 {
                pixelHeight = Int((Double(w) * Double(intrinsic.height) / Double(intrinsic.width)).rounded())
            } else if let h = pixelHeight, pixelWidth == nil, intrinsic.height > 0 {
                pixelWidth = Int((Double(h) * Double(intrinsic.width) / Double(intrinsic.height)).rounded())
            }
        }
        if let pixelWidth { html += " width=\"\(pixelWidth)\"" }
        if let pixelHeight { html += " height=\"\(pixelHeight)\"" }
        if !styles.isEmpty { html += " style=\"\(styles.joined(separator: "; "))\"" }
        return html
    }

    /// `300` or `300px` as a pixel count.
    static func pixels(_ text: String) -> Int? {
        var value = Substring(text)
        if value.hasSuffix("px") { value = value.dropLast(2) }
        guard let number = Int(value), number > 0, number < 100_000 else { return nil }
        return number
    }

    /// A CSS length safe to put in a style attribute: a number and a unit from a short list.
    static func cssLength(_ text: String) -> String? {
        let units = ["%", "px", "em", "rem", "vw", "vh", "ch", "in", "cm", "mm"]
        for unit in units where text.hasSuffix(unit) {
            let number = text.dropLast(unit.count)
            guard !number.isEmpty, number.count < 12, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  Double(number) != nil else { return nil }
            return text
        }
        return nil
    }

    func renderTable(_ table: Table, block: Block, into html: inout String) {
        let entry = block.attributes.id.flatMap { index[$0] }
        let wrapped = entry != nil || !table.caption.isEmpty
        if wrapped {
            html += "<figure"
            if let id = block.attributes.id { html += " id=\"\(HTML.escapeAttribute(id))\"" }
            html += " class=\"table\">"
            html += "<figcaption>"
            if let entry {
                html += HTML.escape(options.prefix(for: entry.kind) + " " + entry.number)
                if !table.caption.isEmpty { html += ": " }
            }
            renderInlines(table.caption, into: &html)
            html += "</figcaption>\n"
        }
        html += "<table>\n"
        if !table.header.isEmpty {
            html += "<thead>\n"
            renderRow(table.header, cell: "th", alignments: table.alignments, into: &html)
            html += "</thead>\n"
        }
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows { renderRow(row, cell: "td", alignments: table.alignments, into: &html) }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        if wrapped { html += "</figure>\n" }
    }

    private func renderRow(_ cells: [[Inline]], cell: String, alignments: [Table.Alignment], into html: inout String) {
        html += "<tr>"
        for (column, content) in cells.enumerated() {
            html += "<\(cell)"
            let alignment = column < alignments.count ? alignments[column] : .none
            if alignment != .none { html += " style=\"text-align: \(alignment.rawValue)\"" }
            html += ">"
            renderInlines(content, into: &html)
            html += "</\(cell)>"
        }
        html += "</tr>\n"
    }

    /// A figure or table div around other content: `<figure>` with the content and a numbered caption
    /// (below for figures, above for tables, as Quarto places them).
    func renderFloatDiv(_ blocks: [Block], block: Block, entry: CrossReferenceIndex.Entry, into html: inout String) {
        let (content, caption) = FloatDiv.split(blocks)
        let kindClass = entry.kind == "tbl" ? "table" : "figure"
        html += "<figure" + attributeHTML(block.attributes, extraClasses: [kindClass]) + ">\n"
        if entry.kind == "tbl" { renderCaption(caption, entry: entry, into: &html) }
        renderBlocks(content, into: &html, tight: false)
        if entry.kind != "tbl" { renderCaption(caption, entry: entry, into: &html) }
        html += "</figure>\n"
    }

    /// A display equation; labelled ones are numbered (MathML: a number beside the formula; MathJax and KaTeX:
    /// `\tag{n}`, which both support).
    func renderEquation(_ tex: String, block: Block, into html: inout String) {
        guard let id = block.attributes.id, let entry = index[id] else {
            html += "<p>"
            renderMath(tex, display: true, at: block.location, into: &html)
            html += "</p>\n"
            return
        }
        html += "<div id=\"\(HTML.escapeAttribute(id))\" class=\"equation\">"
        if options.mathEngine == .mathml {
            renderMath(tex, display: true, at: block.location, number: entry.number, into: &html)
        } else {
            html += "<span class=\"math display\">\\[" + HTML.escape(tex) + " \\tag{\(HTML.escape(entry.number))}\\]</span>"
        }
        html += "</div>\n"
    }
}
