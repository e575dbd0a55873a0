import SitegenCore

extension RenderOptions {
    /// These options with a post's Quarto-style front matter applied: `reference-location: margin`,
    /// `number-sections: true`, `html-math-method: katex|mathjax`, and `crossref: {fig-prefix: "Fig."}`.
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
        if case .map(let crossref)? = extra["crossref"] {
            for (key, value) in crossref where key.hasSuffix("-prefix") {
                guard let prefix = value.stringValue else { continue }
                options.crossReferencePrefixes[String(key.dropLast("-prefix".count))] = prefix
            }
        }
        return options
    }
}
