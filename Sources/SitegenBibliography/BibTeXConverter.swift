import SitegenCore

/// Maps BibTeX/BibLaTeX entries to CSL items the way pandoc's citeproc reads them: entry types, field names,
/// titles turned to sentence case with `{Protected}` words kept, dates from `date` or `year`/`month`/`day`,
/// crossref/xdata inheritance and arXiv eprints.
struct BibTeXConverter {
    /// Which dialect the file is read as (pandoc: `.bib` is BibLaTeX, `.bibtex` is BibTeX).
    enum Variant { case bibtex, biblatex }

    let variant: Variant

    /// Converts all entries; `@xdata` entries only feed others.
    func convert(_ entries: [BibTeXEntry]) -> [CSLItem] {
        let byKey = Dictionary(entries.map { ($0.key.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        return entries.filter { $0.type != "xdata" }.map { item(resolve($0, byKey)) }
    }

    // MARK: - crossref

    private func resolve(_ entry: BibTeXEntry, _ byKey: [String: BibTeXEntry]) -> BibTeXEntry {
        var out = entry
        for (key, inherited) in inheritedFields(entry, byKey, depth: 0) where out.fields[key] == nil {
            out.fields[key] = inherited
        }
        return out
    }

    private func inheritedFields(_ entry: BibTeXEntry, _ byKey: [String: BibTeXEntry], depth: Int) -> [(String, String)] {
        guard depth < 8 else { return [] }
        var out: [(String, String)] = []
        for ref in ["crossref", "xdata"] {
            guard let value = entry.fields[ref] else { continue }
            let keys = value.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }
            for k in keys {
                guard let parent = byKey[k] else { continue }
                var parentFields = parent.fields
                for (pk, pv) in inheritedFields(parent, byKey, depth: depth + 1) where parentFields[pk] == nil {
                    parentFields[pk] = pv
                }
                for (pk, pv) in parentFields.sorted(by: { $0.key < $1.key }) where pk != "crossref" && pk != "xdata" {
                    let targets = variant == .bibtex ? [pk] : BibLaTeXInheritance.targets(pk, from: parent.type, to: entry.type)
                    for t in targets where entry.fields[t] == nil { out.append((t, pv)) }
                }
            }
        }
        return out
    }

    // MARK: - one entry

    private func item(_ e: BibTeXEntry) -> CSLItem {
        let b = BibTeXFieldReader(entry: e, variant: variant)
        var item = CSLItem(id: e.key, type: b.type, location: e.location)
        item.fields = b.fields()
        item.names = b.names()
        item.dates = b.dates()
        return item
    }
}
