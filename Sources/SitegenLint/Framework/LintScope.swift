/// The kinds of text a finding can sit in; a rule fires only inside the kinds in its scope.
public enum LintScope: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Paragraphs, headings, list items, captions and table cells.
    case prose
    /// Fenced, indented or inline code.
    case code
    /// Display or inline math.
    case math
    /// Block quotations (quoted text is someone else's wording).
    case quote
    /// Raw HTML blocks.
    case html
    /// YAML front matter.
    case frontMatter = "front-matter"

    /// The default scope of rules about wording: prose only (not code, math, quotations or HTML).
    public static let wording: Set<LintScope> = [.prose]
    /// The default scope of structural rules (images, links, labels), which also apply inside quotations.
    public static let structure: Set<LintScope> = [.prose, .quote, .html]
    /// Every kind.
    public static let everywhere: Set<LintScope> = Set(allCases)

    /// Orders by declaration order, for stable output.
    public static func < (lhs: LintScope, rhs: LintScope) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
