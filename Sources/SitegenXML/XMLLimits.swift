/// The structural limits every XML and HTML document read by sitegen must stay within (docs/feeds.md, "Limits").
///
/// They are checked by a linear scan of the bytes before libxml2 sees them, so a document past them costs
/// one pass and never reaches the parser's super-linear paths (libxml2's duplicate-attribute check is
/// quadratic in the attributes of one element).
public struct XMLLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// Attributes on one element (namespace declarations included).
    public var maxAttributesPerElement: Int
    /// Nesting depth of elements (libxml2's own default limit without `XML_PARSE_HUGE`).
    public var maxDepth: Int
    /// Elements in one document.
    public var maxElements: Int
    /// Characters that expanding internally declared entities may add to a document, beyond its own size.
    public var entityExpansionAllowance: Int

    /// Creates limits; the defaults are the ones sitegen enforces.
    public init(
        maxInputBytes: Int = 64 << 20, maxAttributesPerElement: Int = 256, maxDepth: Int = 256,
        maxElements: Int = 1_000_000, entityExpansionAllowance: Int = 1 << 20
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxAttributesPerElement = maxAttributesPerElement
        self.maxDepth = maxDepth
        self.maxElements = maxElements
        self.entityExpansionAllowance = entityExpansionAllowance
    }

    /// The limits sitegen enforces.
    public static let standard = XMLLimits()

    /// The most that expanding declared entities may produce in a document of `inputBytes` bytes.
    public func entityBudget(inputBytes: Int) -> Int { inputBytes + entityExpansionAllowance }
}

/// A document past one of `XMLLimits`: refused before parsing, with the place where the limit was crossed.
public struct XMLLimitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the element that crossed the limit.
    public var line: Int
    /// 1-based column (in bytes) of that element's `<`.
    public var column: Int
    /// What was found and which limit it crossed, lowercase.
    public var message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
