import SitegenCore

/// A pandoc fenced div `::: {…}` found by the preprocessor.
struct DivFence: Sendable {
    /// Its attributes (a bare word `::: note` is a class).
    var attributes: Attributes
    /// The 1-based line of the opening fence.
    var line: Int
    /// The 0-based byte offset of the first colon in that line.
    var byteOffset: Int
    /// The original text of the opening fence line after its container prefix.
    var openText: [UInt8]
    /// The original text of the closing fence line, nil while unclosed.
    var closeText: [UInt8]?
}
