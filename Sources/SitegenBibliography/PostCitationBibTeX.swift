/// Writes a CSL item as a BibLaTeX `@online`/`@article`/… entry.
enum PostCitationBibTeX {
    static func entry(for item: CSLItem) -> String {
        let type: String
        switch item.type {
        case "article-journal", "article-magazine", "article-newspaper": type = "article"
        case "book": type = "book"
        case "chapter": type = "incollection"
        case "paper-conference": type = "inproceedings"
        case "report": type = "report"
        case "thesis": type = "thesis"
        default: type = "online"
        }
        var fields: [(String, String)] = []
        if let authors = item.names["author"], !authors.isEmpty {
            fields.append(("author", authors.map(name).joined(separator: " and ")))
        }
        func text(_ k: String) -> String? { item.fields[k].map { escape(RichText.plain(RichText.parse($0))) } }
        if let t = text("title") { fields.append(("title", t)) }
        if let c = text("container-title") {
            fields.append((type == "article" ? "journaltitle" : type == "online" ? "organization" : "booktitle", c))
        }
        if let p = item.dates["issued"]?.parts.first, let y = p.first {
            fields.append(("date", ([String(format: "%04d", y)] + p.dropFirst().map { String(format: "%02d", $0) }).joined(separator: "-")))
            fields.append(("year", String(y)))
        }
        for (k, b) in [("volume", "volume"), ("issue", "number"), ("page", "pages"), ("publisher", "publisher"), ("note", "note")] {
            if let v = text(k) { fields.append((b, k == "page" ? pageRange(v) : v)) }
        }
        if let doi = item.fields["doi"] { fields.append(("doi", raw(doi))) }
        if let url = item.fields["url"] { fields.append(("url", raw(url))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(type){\(item.id),\n\(body)\n}\n"
    }

    /// "1-9" or "1–9" as BibTeX's "1--9".
    private static func pageRange(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "-" || $0 == "–" }).joined(separator: "--")
    }

    private static func name(_ n: CSLName) -> String {
        if let literal = n.literal { return "{" + escape(literal) + "}" }
        let family = [n.droppingParticle, n.nonDroppingParticle, n.family].compactMap { $0 }.joined(separator: " ")
        var parts = [escape(family)]
        if let suffix = n.suffix { parts.append(escape(suffix)) }
        if let given = n.given { parts.append(escape(given)) }
        return parts.joined(separator: ", ")
    }

    /// Escapes the characters LaTeX treats specially.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "&", "%", "$", "#", "_": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(ch)
            }
        }
        return out
    }

    /// URLs and DOIs are kept verbatim; only braces would break the entry.
    private static func raw(_ s: String) -> String {
        s.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
    }
}
