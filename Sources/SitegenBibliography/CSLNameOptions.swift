/// The inheritable name options in effect for one `<names>`/`<name>` (style → citation/bibliography → element).
struct CSLNameOptions {
    var and: String?
    var delimiter = ", "
    var delimiterPrecedesEtAl = "contextual"
    var delimiterPrecedesLast = "contextual"
    var etAlMin: Int?
    var etAlUseFirst: Int?
    var etAlSubsequentMin: Int?
    var etAlSubsequentUseFirst: Int?
    var etAlUseLast = false
    var form = "long"
    var initialize = true
    var initializeWith: String?
    var nameAsSortOrder: String?
    var sortSeparator = ", "
    var namesDelimiter: String?

    init(style: [String: String], layout: [String: String], element: [String: String]) {
        for attrs in [style, layout] {
            apply(attrs, inherited: true)
        }
        apply(element, inherited: false)
    }

    private mutating func apply(_ a: [String: String], inherited: Bool) {
        if let v = a["and"] { and = v }
        if let v = inherited ? a["name-delimiter"] : a["delimiter"] { delimiter = v }
        if inherited, let v = a["names-delimiter"] { namesDelimiter = v }
        if let v = a["delimiter-precedes-et-al"] { delimiterPrecedesEtAl = v }
        if let v = a["delimiter-precedes-last"] { delimiterPrecedesLast = v }
        if let v = a["et-al-min"].flatMap({ Int($0) }) { etAlMin = v }
        if let v = a["et-al-use-first"].flatMap({ Int($0) }) { etAlUseFirst = v }
        if let v = a["et-al-subsequent-min"].flatMap({ Int($0) }) { etAlSubsequentMin = v }
        if let v = a["et-al-subsequent-use-first"].flatMap({ Int($0) }) { etAlSubsequentUseFirst = v }
        if let v = a["et-al-use-last"] { etAlUseLast = v == "true" }
        if let v = inherited ? a["name-form"] : a["form"] { form = v }
        if let v = a["initialize"] { initialize = v != "false" }
        if let v = a["initialize-with"] { initializeWith = v }
        if let v = a["name-as-sort-order"] { nameAsSortOrder = v }
        if let v = a["sort-separator"] { sortSeparator = v }
    }
}
