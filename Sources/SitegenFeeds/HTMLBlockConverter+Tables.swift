import SitegenCore
import SitegenXML

extension HTMLBlockConverter {
    func table(_ element: XMLElement) -> Table {
        var rows: [(cells: [XMLElement], header: Bool)] = []
        for child in element.elements {
            switch child.name {
            case "tr": rows.append((Self.cells(child), Self.cells(child).allSatisfy { $0.name == "th" }))
            case "thead", "tbody", "tfoot":
                for tr in child.elements where tr.name == "tr" {
                    rows.append((Self.cells(tr), child.name == "thead" || Self.cells(tr).allSatisfy { $0.name == "th" }))
                }
            default: break
            }
        }
        let headerRow = rows.first.flatMap { $0.header && !$0.cells.isEmpty ? $0.cells : nil }
        let bodyRows = headerRow == nil ? rows : Array(rows.dropFirst())
        let columns = max(headerRow?.count ?? 0, bodyRows.map(\.cells.count).max() ?? 0)
        let alignments = (0..<columns).map { index -> Table.Alignment in
            guard let cell = headerRow.flatMap({ index < $0.count ? $0[index] : nil }) ?? bodyRows.first.flatMap({ index < $0.cells.count ? $0.cells[index] : nil })
            else { return .none }
            return Table.Alignment(rawValue: cell.attribute("align") ?? "") ?? .none
        }
        let caption = element.elements.first { $0.name == "caption" }.map { inlines($0.children) } ?? []
        return Table(alignments: alignments, header: (headerRow ?? []).map { inlines($0.children) },
            rows: bodyRows.map { $0.cells.map { inlines($0.children) } }, caption: caption)
    }

    private static func cells(_ row: XMLElement) -> [XMLElement] {
        row.elements.filter { $0.name == "td" || $0.name == "th" }
    }

    /// `language-x`/`lang-x` on the `pre` or its `code`, or Pandoc's `sourceCode x`.
    static func language(of pre: XMLElement) -> String? {
        let classes = ([pre] + pre.elements.filter { $0.name == "code" })
            .flatMap { ($0.attribute("class") ?? "").split(separator: " ").map(String.init) }
        for name in classes {
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) && name.count > prefix.count {
                return String(name.dropFirst(prefix.count))
            }
        }
        let ignored: Set<String> = ["sourceCode", "code-with-copy", "numberSource", "number-lines", "highlight", "hljs"]
        guard classes.contains("sourceCode") else { return nil }
        return classes.first { !ignored.contains($0) }
    }

    /// The code as written: the text of the `pre`, without the newline browsers drop after `<pre>` and
    /// without its final newline.
    static func codeText(_ pre: XMLElement) -> String {
        var text = pre.text
        if text.hasPrefix("\n") { text.removeFirst() }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
