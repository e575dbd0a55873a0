import SitegenXML

/// The formatting attributes a CSL rendering element may carry (affixes, delimiter, font, case, quotes, display).
struct CSLFormatting: Hashable, Sendable {
    var prefix: String?
    var suffix: String?
    var delimiter: String?
    var fontStyle: String?
    var fontVariant: String?
    var fontWeight: String?
    var textDecoration: String?
    var verticalAlign: String?
    var textCase: TextCase?
    var display: String?
    var quotes = false
    var stripPeriods = false
    var affixesInside = false

    static let none = CSLFormatting()

    init() {}

    /// Reads the formatting attributes of `e`.
    init(_ e: XMLElement) {
        prefix = e.attribute("prefix")
        suffix = e.attribute("suffix")
        delimiter = e.attribute("delimiter")
        fontStyle = e.attribute("font-style")
        fontVariant = e.attribute("font-variant")
        fontWeight = e.attribute("font-weight")
        textDecoration = e.attribute("text-decoration")
        verticalAlign = e.attribute("vertical-align")
        textCase = e.attribute("text-case").flatMap(TextCase.init(rawValue:))
        display = e.attribute("display")
        quotes = e.attribute("quotes") == "true"
        stripPeriods = e.attribute("strip-periods") == "true"
    }

    /// True when nothing is set.
    var isEmpty: Bool { self == .none }

    /// The same formatting without affixes and delimiter.
    var withoutAffixes: CSLFormatting {
        var f = self
        f.prefix = nil
        f.suffix = nil
        f.delimiter = nil
        return f
    }
}
