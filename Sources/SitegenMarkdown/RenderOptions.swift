import Foundation
import SitegenMath

/// How `HTMLRenderer` writes a document.
public struct RenderOptions: Hashable, Sendable {
    /// How math is shown: MathML written at build time (no script), or TeX in pandoc's `\(…\)` / `\[…\]` spans
    /// for a library the page loads.
    public enum MathEngine: String, Hashable, Sendable, CaseIterable {
        /// MathML Core, converted at build time; no script.
        case mathml
        /// KaTeX (fast, server-side friendly).
        case katex
        /// MathJax.
        case mathjax
    }

    /// How math is shown.
    public var mathEngine: MathEngine
    /// Highlights code blocks at build time (pandoc's token classes); false writes them plain.
    public var highlightCode: Bool
    /// Numbers the lines of every code block (`code-line-numbers: true`).
    public var codeLineNumbers: Bool
    /// TeX macros every formula may use (`math-macros` in sitegen.yml and front matter).
    public var mathMacros: MathMacros
    /// Passes raw HTML through (site posts); false drops it and neutralises script URLs (untrusted content).
    public var allowRawHTML: Bool
    /// Also shows each footnote as a `<span class="sidenote">` next to its reference (`reference-location: margin`).
    public var footnotesAsSidenotes: Bool
    /// Words before cross-reference numbers, by kind (`fig`, `tbl`, `eq`, `sec`, `lst`, and the theorem kinds
    /// `thm`, `lem`, `cor`, `prp`, `cnj`, `def`, `exm`, `exr`); theorem titles use them too.
    public var crossReferencePrefixes: [String: String]
    /// When set, relative link and image URLs are resolved against it (for feeds); the page's own URL.
    public var absoluteBaseURL: String?
    /// Shows section numbers in headings (`number-sections: true`).
    public var numberSections: Bool
    /// Adds a self-link anchor to every heading.
    public var headingAnchors: Bool
    /// The heading of an appended references section.
    public var referencesTitle: String

    /// The default cross-reference words, as Quarto writes them.
    public static let defaultPrefixes: [String: String] = [
        "fig": "Figure", "tbl": "Table", "eq": "Equation", "sec": "Section", "lst": "Listing",
    ].merging(TheoremKind.all.map { ($0.key, $0.name) }) { first, _ in first }

    /// Creates options; the defaults suit a site's own posts.
    public init(
        mathEngine: MathEngine = .mathml, highlightCode: Bool = true, codeLineNumbers: Bool = false,
        mathMacros: MathMacros = MathMacros(), allowRawHTML: Bool = true, footnotesAsSidenotes: Bool = false,
        crossReferencePrefixes: [String: String] = RenderOptions.defaultPrefixes, absoluteBaseURL: String? = nil,
        numberSections: Bool = false, headingAnchors: Bool = true, referencesTitle: String = "References"
    ) {
        self.mathEngine = mathEngine
        self.highlightCode = highlightCode
        self.codeLineNumbers = codeLineNumbers
        self.mathMacros = mathMacros
        self.allowRawHTML = allowRawHTML
        self.footnotesAsSidenotes = footnotesAsSidenotes
        self.crossReferencePrefixes = crossReferencePrefixes
        self.absoluteBaseURL = absoluteBaseURL
        self.numberSections = numberSections
        self.headingAnchors = headingAnchors
        self.referencesTitle = referencesTitle
    }

    /// The word before a number of `kind`, e.g. "Figure".
    public func prefix(for kind: String) -> String {
        crossReferencePrefixes[kind] ?? RenderOptions.defaultPrefixes[kind] ?? kind.capitalized
    }
}
