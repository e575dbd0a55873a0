/// A language description run by `Tokenizer`: named states, each an ordered list of rules, starting in `root`.
///
/// Grammars are data: each language is one value in `Grammars/`. The states and rules follow the shape of the
/// KDE syntax definitions pandoc uses, so the classes match what pandoc writes.
public struct Grammar: Sendable {
    /// One state: its rules in priority order, the class of unmatched text, what a line end does.
    public struct State: Sendable {
        /// The rules, tried in order.
        public var rules: [Rule]
        /// The class of text no rule matches.
        public var fallback: TokenClass
        /// Leave the state at the end of a line (line comments, most strings).
        public var popsAtLineEnd: Bool

        /// Creates a state.
        public init(_ rules: [Rule], fallback: TokenClass = .normal, popsAtLineEnd: Bool = false) {
            self.rules = rules
            self.fallback = fallback
            self.popsAtLineEnd = popsAtLineEnd
        }
    }

    /// pandoc's name for the language, used in the `sourceCode` classes.
    public var name: String
    /// Other names and file extensions that select the grammar.
    public var aliases: [String]
    /// The states; `root` is where a block starts.
    public var states: [String: State]
    /// Characters besides letters, digits and `_` that identifiers may contain.
    public var identifierExtras: String
    /// Characters besides letters and `_` that may start an identifier.
    public var identifierStarts: String
    /// Words are compared lowercased.
    public var ignoresCase: Bool
    /// Characters a number may carry after its digits (`u`, `L`, `f`, `_`).
    public var numberSuffixes: String

    /// Creates a grammar.
    public init(
        name: String, aliases: [String] = [], states: [String: State], identifierExtras: String = "",
        identifierStarts: String = "", ignoresCase: Bool = false, numberSuffixes: String = ""
    ) {
        self.name = name
        self.aliases = aliases
        self.states = states
        self.identifierExtras = identifierExtras
        self.identifierStarts = identifierStarts
        self.ignoresCase = ignoresCase
        self.numberSuffixes = numberSuffixes
    }
}
