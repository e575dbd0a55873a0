/// One rule of a grammar state: what to match at the current position, the class it gets, and where to go.
///
/// Every pattern matches without backtracking and in time proportional to the text it consumes (or, for
/// `followedBy`, the blanks it looks past), so tokenizing is linear in the input.
public struct Rule: Sendable {
    /// What a rule matches.
    public enum Pattern: Sendable {
        /// This exact text.
        case literal(String)
        /// The longest of these texts.
        case literals([String])
        /// A whole identifier that is one of these words (compared lowercased when the grammar ignores case).
        case words(Set<String>)
        /// Any whole identifier.
        case identifier
        /// An identifier that starts with an upper-case letter.
        case capitalized
        /// A number: hex/octal/binary ones are `bn`; others get the rule's class, or with `.normal` `dv` or `fl`.
        case number
        /// The rest of the line.
        case rest
        /// One or more characters from this set.
        case run(String)
        /// One character from this set.
        case oneOf(String)
        /// Any one character.
        case any
        /// Text up to and including `close` on the same line, or the rest of the line.
        case through(String)
        /// `open`, then text up to and including `close` on the same line, or the rest of the line.
        case between(String, String)
        /// `prefix` and then an identifier or one digit (`$name`, `$1`, `@decorator`, `\\command`).
        case prefixed(String)
        /// A printf conversion: `%%`, `%s`, `%-8.3f`, `%+v`.
        case printf
        /// A one-character literal in single quotes: `'x'`, `'\\n'`, `'\\''`.
        case charLiteral
        /// A YAML mapping key: text up to a `:` followed by a blank or the line end.
        case yamlKey
        /// An ordered-list marker: digits, `.` or `)`, and a blank.
        case orderedListMarker
        /// A backslash and the character after it.
        case escape
        /// Nothing: the rule only changes state (it must push or pop).
        case empty
    }

    /// Where a rule may match.
    public enum Position: Sendable {
        /// Anywhere.
        case anywhere
        /// Only at column 0.
        case lineStart
        /// Only at the line's first non-blank character.
        case firstNonBlank
    }

    /// What happens to the state stack after a match.
    public enum Action: Sendable, Equatable {
        /// Stay in the state.
        case none
        /// Enter a state.
        case push(String)
        /// Return to the previous state.
        case pop
        /// Return to the previous state, then enter another one.
        case popPush(String)
    }

    /// The pattern.
    public var pattern: Pattern
    /// The class of matched text.
    public var kind: TokenClass
    /// The state change.
    public var action: Action
    /// Where the rule may match.
    public var position: Position
    /// Text that must follow the match, after optional blanks (not consumed unless `takesFollower`).
    public var followedBy: String?
    /// With `followedBy`: the blanks and the follower are part of the token.
    public var takesFollower: Bool
    /// Text that must not come right after the match (or after the follower).
    public var notFollowedBy: String?
    /// The match must not be preceded by a character of the grammar's identifiers (and not by these).
    public var notAfter: String?

    /// The match must reach the end of the line's content (only blanks or a ` #` comment may follow).
    public var endsValue = false

    /// The rule applies on the block's first line only.
    public var onlyFirstLine = false

    /// Creates a rule.
    public init(
        _ pattern: Pattern, _ kind: TokenClass, _ action: Action = .none, at position: Position = .anywhere,
        followedBy: String? = nil, takesFollower: Bool = false, notFollowedBy: String? = nil, notAfter: String? = nil
    ) {
        self.pattern = pattern
        self.kind = kind
        self.action = action
        self.position = position
        self.followedBy = followedBy
        self.takesFollower = takesFollower
        self.notFollowedBy = notFollowedBy
        self.notAfter = notAfter
    }
}
