/// One rendering element of a CSL style, parsed once and evaluated per item.
indirect enum CSLNode: Sendable {
    /// `<text>` with its source.
    case text(CSLTextSource, CSLFormatting)
    /// `<number variable form>`.
    case number(variable: String, form: String, CSLFormatting)
    /// `<label variable form plural>`.
    case label(CSLLabel)
    /// `<names>`.
    case names(CSLNames)
    /// `<date>`.
    case date(CSLDateNode)
    /// `<group>`.
    case group(CSLFormatting, [CSLNode])
    /// `<choose>` with its branches in order (the last may be `else`, with no conditions).
    case choose([CSLBranch])
}

/// Where a `<text>` takes its content from.
enum CSLTextSource: Sendable {
    case variable(String, form: String)
    case macro(String)
    case term(String, form: String, plural: Bool)
    case value(String)
}

/// `<label>`.
struct CSLLabel: Sendable {
    var variable: String
    var form: String
    var plural: String
    var formatting: CSLFormatting
}

/// A branch of `<choose>`.
struct CSLBranch: Sendable {
    /// `any`, `all` or `none`.
    var match: String
    /// (attribute, values) tests; empty for `<else>`.
    var tests: [(String, [String])]
    var children: [CSLNode]
}

/// `<names>` with its `<name>`, `<et-al>`, `<label>` and `<substitute>`.
struct CSLNames: Sendable {
    var variables: [String]
    var nameAttributes: [String: String]
    var nameFormatting: CSLFormatting
    var hasName: Bool
    var givenFormatting: CSLFormatting?
    var familyFormatting: CSLFormatting?
    var etAlTerm: String
    var etAlFormatting: CSLFormatting
    var label: CSLLabel?
    var labelBeforeName: Bool
    var substitute: [CSLNode]?
    var formatting: CSLFormatting
    var line: Int
}

/// `<date>`.
struct CSLDateNode: Sendable {
    struct Part: Sendable {
        var name: String
        var form: String?
        var rangeDelimiter: String?
        var formatting: CSLFormatting
    }

    var variable: String
    /// `text` or `numeric` for a localized date, nil for a style-defined one.
    var form: String?
    /// `year-month-day`, `year-month` or `year`.
    var dateParts: String
    var parts: [Part]
    var formatting: CSLFormatting
}

/// `<sort>` key.
struct CSLSortKey: Sendable {
    enum Source: Sendable {
        case variable(String)
        case macro(String)
    }

    var source: Source
    var ascending: Bool
    var namesMin: Int?
    var namesUseFirst: Int?
    var namesUseLast: Bool?
}

/// `<citation>` or `<bibliography>`: its options, sort keys and layout.
struct CSLLayout: Sendable {
    var attributes: [String: String]
    var sort: [CSLSortKey]
    var children: [CSLNode]
    var formatting: CSLFormatting
}
