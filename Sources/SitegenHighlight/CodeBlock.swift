import Foundation

/// A code block to write as HTML, with the presentation options pandoc and Quarto read from its attributes.
public struct CodeBlock: Sendable {
    /// The source text (without the fence).
    public var code: String
    /// The language as written (`python`, `py`, `{python}` already stripped), or nil.
    public var language: String?
    /// The id of the block; lines get `<id>-<n>`.
    public var id: String
    /// Show line numbers (`.numberLines`, `code-line-numbers: true`).
    public var numberLines = false
    /// The number of the first line (`startFrom`).
    public var firstLine = 1
    /// Lines to mark as highlighted, counted from 1 at the block's first line (`code-line-numbers="1,3-4"`).
    public var highlightedLines: Set<Int> = []
    /// A file name shown above the block (`filename="fit.py"`).
    public var filename: String?
    /// Other classes of the block, kept on the `<pre>`.
    public var classes: [String] = []

    /// Creates a block.
    public init(code: String, language: String?, id: String) {
        self.code = code
        self.language = language
        self.id = id
    }

    /// Reads Quarto's `code-line-numbers` value: `true`/`false`, or line ranges such as `1,3-4`
    /// (which also number the lines). Returns nil for anything else.
    public static func lineSpec(_ value: String) -> (number: Bool, lines: Set<Int>)? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed == "true" { return (true, []) }
        if trimmed == "false" { return (false, []) }
        var lines = Set<Int>()
        for part in trimmed.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let low = bounds.first ?? nil else { return nil }
            let high = bounds.count == 2 ? bounds[1] : low
            guard bounds.count <= 2, let high, high >= low, high - low < 100_000 else { return nil }
            lines.formUnion(low...high)
        }
        return lines.isEmpty ? nil : (true, lines)
    }
}
