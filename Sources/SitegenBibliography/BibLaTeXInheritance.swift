/// BibLaTeX's crossref field mapping (manual, appendix B): which child field a parent field fills.
enum BibLaTeXInheritance {
    static func targets(_ key: String, from parent: String, to child: String) -> [String] {
        let never: Set<String> = [
            "ids", "crossref", "xref", "entryset", "entrysubtype", "execute", "label", "options", "presort",
            "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
        ]
        if never.contains(key) { return [] }
        if key == "author", ["mvbook", "book"].contains(parent), ["inbook", "bookinbook", "suppbook"].contains(child) {
            return ["bookauthor", "author"]
        }
        if key == "author", parent == "mvbook", child == "book" { return ["bookauthor", "author"] }
        if parent == "mvbook", ["book", "inbook", "bookinbook", "suppbook"].contains(child) { return main(key) }
        if ["mvcollection", "mvreference"].contains(parent),
            ["collection", "reference", "incollection", "inreference", "suppcollection"].contains(child) {
            return main(key)
        }
        if parent == "mvproceedings", ["proceedings", "inproceedings"].contains(child) { return main(key) }
        if parent == "book", ["inbook", "bookinbook", "suppbook"].contains(child) { return book(key) }
        if ["collection", "reference"].contains(parent), ["incollection", "inreference", "suppcollection"].contains(child) {
            return book(key)
        }
        if parent == "proceedings", child == "inproceedings" { return book(key) }
        if parent == "periodical", ["article", "suppperiodical"].contains(child) {
            switch key {
            case "title": return ["journaltitle"]
            case "subtitle": return ["journalsubtitle"]
            case "shorttitle", "sorttitle", "indextitle", "indexsorttitle": return []
            default: return [key]
            }
        }
        return [key]
    }

    private static func main(_ key: String) -> [String] {
        renamed(key, ["title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"])
    }

    private static func book(_ key: String) -> [String] {
        renamed(key, ["title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"])
    }

    private static func renamed(_ key: String, _ map: [String: String]) -> [String] {
        if let r = map[key] { return [r] }
        if ["shorttitle", "sorttitle", "indextitle", "indexsorttitle"].contains(key) { return [] }
        return [key]
    }
}
