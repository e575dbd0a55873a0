extension CSLStyle {
    /// The default author-date style (Chicago 17th author-date as pandoc renders it), written for sitegen.
    public static let builtinAuthorDate: CSLStyle = {
        CSLStyle.parse(BuiltinAuthorDateStyle.xml, path: "<builtin author-date>").style ?? CSLStyle.minimal
    }()

    /// A numeric style with bracketed numbers (IEEE-like), written for sitegen.
    public static let builtinNumeric: CSLStyle = {
        CSLStyle.parse(BuiltinNumericStyle.xml, path: "<builtin numeric>").style ?? CSLStyle.minimal
    }()

    /// A last-resort style (never used unless a built-in style failed to parse, which a test guards against).
    static var minimal: CSLStyle {
        CSLStyle(title: "minimal", citationClass: "in-text", options: [:], macros: [:],
                 citation: CSLLayout(attributes: [:], sort: [], children: [.text(.variable("title", form: "long"), .none)], formatting: .none),
                 bibliography: nil, localeOverrides: [], defaultLocale: nil)
    }
}
