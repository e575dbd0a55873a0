extension CSLStyle {
    /// The default author-date style: the CSL project's `chicago-author-date.csl` (CC BY-SA 3.0), carried in the
    /// binary and run by the same processor as any user style.
    public static let builtinAuthorDate: CSLStyle = embedded("chicago-author-date.csl")

    /// The default numeric style (`csl: numeric`): the CSL project's `ieee.csl` (CC BY-SA 3.0), carried in the binary.
    public static let builtinNumeric: CSLStyle = embedded("ieee.csl")

    /// The file names of the embedded styles, by the name `csl:` selects them with.
    public static let embeddedNames = ["chicago-author-date": "chicago-author-date.csl", "numeric": "ieee.csl", "ieee": "ieee.csl"]

    /// The text of an embedded file (`chicago-author-date.csl`, `ieee.csl`, `locales-en-US.xml`).
    static func embeddedText(_ file: String) -> String? { EmbeddedFiles.files[file] }

    private static func embedded(_ file: String) -> CSLStyle {
        CSLStyle.parse(embeddedText(file) ?? "", path: "<embedded \(file)>").style ?? CSLStyle.minimal
    }

    /// A last-resort style (never used unless an embedded style failed to parse, which a test guards against).
    static var minimal: CSLStyle {
        CSLStyle(title: "minimal", citationClass: "in-text", options: [:], macros: [:],
                 citation: CSLLayout(attributes: [:], sort: [], children: [.text(.variable("title", form: "long"), .none)], formatting: .none),
                 bibliography: nil, localeOverrides: [], defaultLocale: nil)
    }
}
