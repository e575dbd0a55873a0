/// User macros: `\newcommand`-style definitions from front matter, `sitegen.yml` or the formulas themselves.
public struct MathMacros: Sendable, Hashable {
    /// One definition.
    public struct Definition: Sendable, Hashable {
        /// How many arguments (`#1` … `#9`) the body uses.
        public var arguments: Int
        /// The replacement TeX.
        public var body: String

        /// Creates a definition.
        public init(arguments: Int, body: String) {
            self.arguments = arguments
            self.body = body
        }
    }

    /// Definitions by name, without the backslash.
    public var definitions: [String: Definition]

    /// Creates a macro table.
    public init(_ definitions: [String: Definition] = [:]) {
        self.definitions = definitions
    }

    /// The most macro expansions in one formula; a recursive macro stops here with a diagnostic.
    public static let maximumExpansions = 2_000
    /// The most tokens a formula may grow to by expansion.
    public static let maximumTokens = 50_000

    /// Adds definitions; later ones replace earlier ones of the same name.
    public func merging(_ other: MathMacros) -> MathMacros {
        MathMacros(definitions.merging(other.definitions) { _, new in new })
    }

    /// Reads `name: body` pairs, or `name: [body, arguments]` as KaTeX and MathJax configurations write them; names
    /// may carry their backslash. Returns the macros and the names whose value could not be read.
    public static func parse(_ pairs: [(String, [String])]) -> (MathMacros, invalid: [String]) {
        var definitions: [String: Definition] = [:]
        var invalid: [String] = []
        for (name, values) in pairs {
            let bare = name.hasPrefix("\\") ? String(name.dropFirst()) : name
            guard !bare.isEmpty, bare.allSatisfy({ $0.isASCII && $0.isLetter }), let body = values.first else {
                invalid.append(name)
                continue
            }
            var arguments = values.count > 1 ? Int(values[1]) ?? -1 : 0
            if values.count == 1 {
                arguments = (1...9).last { body.contains("#\($0)") } ?? 0
            }
            guard (0...9).contains(arguments) else {
                invalid.append(name)
                continue
            }
            definitions[bare] = Definition(arguments: arguments, body: body)
        }
        return (MathMacros(definitions), invalid)
    }
}
