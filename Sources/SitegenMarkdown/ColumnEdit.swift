/// One replacement the preprocessor made on a line: bytes at `column` (0-based, in the prepared text)
/// stand for `originalLength` bytes of the original line.
struct ColumnEdit: Sendable {
    /// Where the replacement starts in the prepared line (0-based byte offset).
    var column: Int
    /// How many bytes the original had.
    var originalLength: Int
    /// How many bytes the replacement has.
    var newLength: Int
}
