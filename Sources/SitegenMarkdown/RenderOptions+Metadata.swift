import SitegenCore
import SitegenMath

extension RenderOptions {
    /// These options with a post's Quarto-style front matter applied: `reference-location: margin`,
    /// `number-sections: true`, `html-math-method: mathml|katex|mathjax`, `crossref: {fig-prefix: "Fig."}`,
    /// `code-line-numbers: true`, `highlight-style: none` (or `highlight: false`) and `math-macros: {R: "\\mathbb{R}"}`.
    public func adjusted(for metadata: Metadata) -> RenderOptions {
        var options = self
        let extra = metadata.extra
        if let location = extra["reference-location"]?.stringValue {
            options.footnotesAsSidenotes = location == "margin"
        }
        if case .bool(let number)? = extra["number-sections"] { options.numberSections = number }
        var method = extra["html-math-method"]?.stringValue
        if case .map(let map)? = extra["html-math-method"] { method = map["method"]?.stringValue }
        if let method, let engine = MathEngine(rawValue: method) { options.mathEngine = engine }
        if case .bool(let number)? = extra["code-line-numbers"] { options.codeLineNumbers = number }
        if case .bool(let highlight)? = extra["highlight"] { options.highlightCode = highlight }
        if extra["highlight-style"]?.stringValue == "none" { options.highlightCode = false }
        if let macros = Self.macros(extra["math-macros"]) { options.mathMacros = options.mathMacros.merging(macros) }
        if case .map(let crossref)? = extra["crossref"] {
            for (key, value) in crossref where key.hasSuffix("-prefix") {
                guard let prefix = value.stringValue else { continue }
                options.crossReferencePrefixes[String(key.dropLast("-prefix".count))] = prefix
            }
        }
        return options
    }

    /// `math-macros` as a map of name to body, or name to `[body, argument count]`.
    static func macros(_ value: MetaValue?) -> MathMacros? {
        guard case .map(let map)? = value else { return nil }
        let pairs = map.sorted { $0.key < $1.key }.map { key, value -> (String, [String]) in
            if case .list(let items) = value { return (key, items.compactMap(\.stringValue)) }
            return (key, value.stringValue.map { [$0] } ?? [])
        }
        return MathMacros.parse(pairs).0
    }
}
