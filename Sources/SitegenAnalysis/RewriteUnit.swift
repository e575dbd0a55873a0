/// A stretch of a document judged as one piece for rewrites: a top-level section with everything under it
/// (the unit of rewriting in generated posts), a document's lead text, or a nested section (checked for
/// near-verbatim copies only).
struct RewriteUnit {
    var document: Int32
    /// The section record whose heading names the unit.
    var section: Int32
    /// Passages covered (contiguous).
    var passageStart: Int32
    var passageEnd: Int32
    /// Tokens covered (contiguous).
    var tokenStart: Int32
    var tokenEnd: Int32
    /// Top-level units are compared for paraphrase; nested ones only for near-verbatim copies.
    var isTop: Bool
    /// The enclosing unit, -1 for top-level units.
    var parent: Int32
    /// Position in time: document rank, then position in the document.
    var order: Int
    /// Position among the document's units (stable across runs and machines: the unit's key with the
    /// document's input index).
    var ordinal: Int32 = 0

    /// Words covered.
    var wordCount: Int { Int(tokenEnd - tokenStart) }
}
