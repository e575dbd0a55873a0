/// Converts TeX math to MathML Core, which current browsers render natively: no script, no images.
///
/// Letters in `\mathbb`, `\mathcal`, `\mathbf`, `\boldsymbol`… become Unicode mathematical alphanumerics rather than
/// `mathvariant`; element shapes follow texmath (pandoc's converter). Formulas longer than `maximumLength`
/// characters are not converted.
public struct MathConverter: Sendable {
    /// The result of one conversion.
    public struct Result: Sendable {
        /// The `<math>` element; nil when the formula has errors.
        public var mathML: String?
        /// The argument of `\tag{…}`, if any.
        public var tag: String?
        /// What could not be converted.
        public var errors: [MathError]
        /// The macro table after the formula's own `\newcommand`s.
        public var macros: MathMacros
    }

    /// The longest formula converted.
    public static let maximumLength = 20_000

    /// Macros every formula sees.
    public var macros: MathMacros

    /// Creates a converter.
    public init(macros: MathMacros = MathMacros()) {
        self.macros = macros
    }

    /// Converts one formula; `display` selects block layout (limits under and over big operators).
    public func convert(_ tex: String, display: Bool) -> Result {
        guard tex.count <= Self.maximumLength else {
            return Result(mathML: nil, tag: nil, errors: [MathError(
                message: "formula longer than \(Self.maximumLength) characters",
                hint: "split the formula", offset: 0)], macros: macros)
        }
        let parser = TeXParser(tex, display: display, macros: macros)
        let nodes = parser.parse()
        guard parser.errors.isEmpty else {
            return Result(mathML: nil, tag: parser.tag, errors: parser.errors, macros: parser.macros)
        }
        return Result(mathML: Self.element(nodes, display: display), tag: parser.tag, errors: [], macros: parser.macros)
    }

    /// The elements of a formula, for comparison with other converters.
    public func nodes(_ tex: String, display: Bool) -> [MathNode]? {
        let parser = TeXParser(tex, display: display, macros: macros)
        let nodes = parser.parse()
        return parser.errors.isEmpty ? nodes : nil
    }

    static func element(_ nodes: [MathNode], display: Bool) -> String {
        var html = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"" + (display ? " display=\"block\">" : ">")
        MathNode.group(nodes).write(into: &html)
        return html + "</math>"
    }
}
