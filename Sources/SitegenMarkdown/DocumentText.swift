import SitegenCore

/// Plain text of a rendered document for summaries and word counts: cross-references as their link text,
/// citations as formatted, footnote markers left out (`RenderSession.plainText`).
struct DocumentText {
    let session: RenderSession

    /// Summaries stop near this many characters.
    static let summaryLimit = 300

    /// The first paragraph(s) as plain text, at most about 300 characters, cut at a word with `…`.
    func summary() -> String {
        var result = ""
        for paragraph in paragraphs() {
            let text = collapse(paragraph)
            guard !text.isEmpty else { continue }
            if result.isEmpty {
                result = text
            } else if result.count + 1 + text.count <= Self.summaryLimit {
                result += " " + text
            } else {
                break
            }
            if result.count >= Self.summaryLimit { break }
        }
        guard result.count > Self.summaryLimit else { return result }
        var cut = result.prefix(Self.summaryLimit - 1)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, last.isPunctuation || last == " " { cut = cut.dropLast() }
        return cut + "…"
    }

    /// Words of prose: paragraphs, headings, lists, quotes, callouts, tables and captions.
    func wordCount() -> Int {
        var count = 0
        for section in session.document.root.flattened {
            count += words(text(section.heading))
            for block in section.blocks { count += words(blockText(block)) }
        }
        return count
    }

    private func paragraphs() -> [String] {
        var result: [String] = []
        for section in session.document.root.flattened {
            for block in section.blocks {
                if case .paragraph(let inlines) = block.kind { result.append(text(inlines)) }
                if result.count >= 4 { return result }
            }
        }
        return result
    }

    private func blockText(_ block: Block) -> String {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return text(inlines)
        case .list(let list): return list.items.flatMap(\.blocks).map(blockText).joined(separator: " ")
        case .figure(let figure): return text(figure.caption)
        case .table(let table):
            let cells = ([table.caption] + table.header + table.rows.flatMap { $0 }).map(text)
            return cells.joined(separator: " ")
        case .quote(let blocks), .div(let blocks): return blocks.map(blockText).joined(separator: " ")
        case .callout(let callout): return ([text(callout.title)] + callout.blocks.map(blockText)).joined(separator: " ")
        case .definitionList(let list):
            return list.items.map { item in
                ([text(item.term)] + item.definitions.flatMap(\.blocks).map(blockText)).joined(separator: " ")
            }.joined(separator: " ")
        case .code, .math, .html, .thematicBreak: return ""
        }
    }

    private func text(_ inlines: [Inline]) -> String {
        session.plainText(inlines)
    }

    private func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    private func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            // ASCII first: the Unicode property lookup is the costliest part of a build otherwise.
            let v = scalar.value
            let isWordScalar = v < 0x80
                ? (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                : scalar.properties.isAlphabetic
            if isWordScalar, !inWord { count += 1 }
            if isWordScalar { inWord = true } else if scalar == " " || scalar == "\n" || scalar == "\t" { inWord = false }
        }
        return count
    }
}
