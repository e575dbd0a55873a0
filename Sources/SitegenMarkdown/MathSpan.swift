/// A `$…$` or `$$…$$` span the preprocessor protected from cmark.
struct MathSpan: Sendable {
    /// The TeX between the dollars (container prefixes of continuation lines removed).
    var tex: String
    /// `$$…$$`.
    var display: Bool
    /// The 1-based line of the opening `$`.
    var line: Int
    /// The 0-based byte offset of the opening `$` in its original line.
    var byteOffset: Int
}
