import SitegenCore
import SitegenHighlight
import SitegenMath

/// Code blocks (highlighted at build time) and math (MathML at build time, or TeX for a script to typeset).
extension RenderSession {
    func renderCode(language: String?, text: String, block: Block, into html: inout String) {
        let attributes = block.attributes
        guard options.highlightCode, let language else {
            html += "<pre><code"
            if let language { html += " class=\"language-\(HTML.escapeAttribute(language))\"" }
            html += ">" + HTML.escape(text) + "</code></pre>\n"
            return
        }
        codeBlockCount += 1
        var code = CodeBlock(code: text, language: language, id: attributes.id ?? "cb\(codeBlockCount)")
        code.numberLines = options.codeLineNumbers || attributes.hasClass("numberLines")
            || attributes.hasClass("number-lines")
        if let value = attributes["code-line-numbers"], let spec = CodeBlock.lineSpec(value) {
            code.numberLines = spec.number
            code.highlightedLines = spec.lines
        }
        if let start = attributes["startFrom"].flatMap(Int.init) ?? attributes["start-from"].flatMap(Int.init) {
            code.firstLine = start
            code.numberLines = true
        }
        code.filename = attributes["filename"]
        code.classes = attributes.classes.filter {
            $0 != language && $0 != "numberLines" && $0 != "number-lines" && $0 != "sourceCode"
        }
        html += Highlighter.html(code)
    }

    /// A formula: MathML in `span.math`, or for MathJax/KaTeX the TeX between `\(…\)` / `\[…\]`. A formula that
    /// cannot be converted gets a diagnostic and is shown as TeX.
    func renderMath(_ tex: String, display: Bool, at location: SourceLocation?, number: String? = nil,
                    into html: inout String) {
        let kind = display ? "display" : "inline"
        guard options.mathEngine == .mathml else {
            html += "<span class=\"math \(kind)\">" + (display ? "\\[" : "\\(") + HTML.escape(tex)
                + (display ? "\\]" : "\\)") + "</span>"
            return
        }
        let result = MathConverter(macros: mathMacros).convert(tex, display: display)
        mathMacros = result.macros
        guard let mathML = result.mathML else {
            for error in result.errors.prefix(1) {
                diagnostics.append(.warning(
                    error.message + " in `" + Self.excerpt(tex) + "`; the formula is shown as TeX",
                    at: Self.location(of: error.offset, in: tex, display: display, block: location
                        ?? SourceLocation(file: document.sourcePath)),
                    rule: "math", hint: error.hint))
            }
            html += "<span class=\"math \(kind) math-tex\">" + (display ? "\\[" : "\\(") + HTML.escape(tex)
                + (display ? "\\]" : "\\)") + "</span>"
            return
        }
        html += "<span class=\"math \(kind)\">" + mathML
        if let tag = number ?? result.tag {
            html += "<span class=\"equation-number\">(" + HTML.escape(tag) + ")</span>"
        }
        html += "</span>"
    }

    /// The first characters of a formula, for messages.
    static func excerpt(_ tex: String) -> String {
        let flat = tex.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }

    /// Where `offset` of a display formula is in the file: a one-line formula starts two characters (`$$`) after
    /// its block; a formula of several lines starts on the line after the `$$`. Inline math is reported at its
    /// block.
    static func location(of offset: Int, in tex: String, display: Bool, block: SourceLocation) -> SourceLocation {
        guard display, block.line > 0 else { return block }
        let before = tex.prefix(offset)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        var location = block
        if tex.contains("\n") {
            location.line += lines.count
            location.column = (lines.last?.count ?? 0) + 1
        } else {
            location.column = block.column + 2 + before.count
        }
        return location
    }
}
