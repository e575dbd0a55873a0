import SitegenCore

/// One configurable threshold or list of a rule, e.g. `min_words: 12`.
public struct RuleOption: Sendable, Hashable {
    /// The value type, checked when the config is read.
    public enum Kind: String, Sendable, Hashable {
        /// A whole number.
        case integer
        /// A number that may have a fraction (similarities, ratios).
        case number
        /// A string.
        case string
        /// A list of strings.
        case stringList = "string list"
        /// true or false.
        case boolean

        /// How a message names a value of this kind ("a whole number").
        public var phrase: String {
            switch self {
            case .integer: return "a whole number"
            case .number: return "a number"
            case .string: return "a string"
            case .stringList: return "a list of strings"
            case .boolean: return "true or false"
            }
        }
    }

    /// The key under the rule in `lint.rules.<id>`, snake_case.
    public var key: String
    /// What it controls.
    public var summary: String
    /// The value type.
    public var kind: Kind
    /// The value when not configured.
    public var defaultValue: MetaValue

    /// Creates an option.
    public init(_ key: String, _ kind: Kind, default defaultValue: MetaValue, _ summary: String) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// True when `value` has this option's type.
    public func accepts(_ value: MetaValue) -> Bool {
        switch (kind, value) {
        case (.integer, .number(let n)): return n == n.rounded()
        case (.number, .number), (.string, .string), (.boolean, .bool): return true
        case (.stringList, .list(let items)): return items.allSatisfy { $0.stringValue != nil }
        case (.stringList, .string): return true
        default: return false
        }
    }
}
