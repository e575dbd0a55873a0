/// The generic attribute set `{#id .class key=value}` that headings, images, fenced divs, spans, tables and
/// equations carry, as pandoc and Quarto write it.
public struct Attributes: Hashable, Sendable, Codable {
    /// One `key=value` pair, kept in source order.
    public struct Pair: Hashable, Sendable, Codable {
        /// The attribute name.
        public var key: String
        /// The attribute value, unquoted.
        public var value: String

        /// Creates a pair.
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The `#id`, if any.
    public var id: String?
    /// The `.class` names in source order.
    public var classes: [String]
    /// The `key=value` pairs in source order.
    public var pairs: [Pair]

    /// Creates an attribute set.
    public init(id: String? = nil, classes: [String] = [], pairs: [Pair] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// No id, no classes, no pairs.
    public static let empty = Attributes()

    /// True when nothing is set.
    public var isEmpty: Bool { id == nil && classes.isEmpty && pairs.isEmpty }

    /// The value of the first pair named `key`.
    public subscript(key: String) -> String? {
        pairs.first { $0.key == key }?.value
    }

    /// True when `.name` is among the classes.
    public func hasClass(_ name: String) -> Bool { classes.contains(name) }
}
