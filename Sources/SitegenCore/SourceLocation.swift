/// A 1-based position in a source file: a Markdown file, a feed, a bibliography or a config file.
///
/// For a feed item the file is the feed's path or URL and the line is the line of the element in the feed.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The path (relative to the site root where possible) or URL of the source.
    public var file: String
    /// The 1-based line; 0 when unknown.
    public var line: Int
    /// The 1-based column (in Unicode scalars); 0 when unknown.
    public var column: Int

    /// Creates a location; line and column are 1-based, 0 meaning unknown.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, leaving out unknown parts.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    /// Orders by file, then line, then column, so reports are deterministic.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// The same file at another line and column.
    public func moved(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
