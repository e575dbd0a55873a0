/// The result of parsing an XML or HTML document.
public struct XMLDocument: Hashable, Sendable {
    /// A problem the parser found and recovered from (or failed on).
    public struct Issue: Hashable, Sendable {
        /// 1-based line, 0 when unknown.
        public var line: Int
        /// 1-based column, 0 when unknown.
        public var column: Int
        /// The parser's message, trimmed.
        public var message: String

        /// Creates an issue.
        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// The root element.
    public var root: XMLElement
    /// False when the input was not well-formed and the tree comes from recovery (feedparser's `bozo`).
    public var wellFormed: Bool
    /// What the parser reported, in order.
    public var issues: [Issue]
    /// The encoding the document was read in, when the parser reported one.
    public var encoding: String?

    /// Creates a document.
    public init(root: XMLElement, wellFormed: Bool, issues: [Issue] = [], encoding: String? = nil) {
        self.root = root
        self.wellFormed = wellFormed
        self.issues = issues
        self.encoding = encoding
    }
}
