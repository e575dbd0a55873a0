import SitegenCore

/// Writes code blocks as pandoc does (`div.sourceCode > pre.sourceCode > code.sourceCode > span` per line, token
/// spans with pandoc's class names), so pandoc and Quarto highlight themes style them.
public enum Highlighter {
    /// Tokenizers by lower-cased language name and alias, built once.
    private static let tokenizers: [String: (name: String, tokenizer: Tokenizer)] = {
        var table: [String: (name: String, tokenizer: Tokenizer)] = [:]
        for grammar in Grammars.all {
            let entry = (grammar.name, Tokenizer(grammar))
            for key in [grammar.name] + grammar.aliases where table[key.lowercased()] == nil {
                table[key.lowercased()] = entry
            }
        }
        return table
    }()

    /// The canonical (pandoc) name of a language with a grammar, for a name or alias; nil when unknown.
    public static func languageName(for language: String) -> String? {
        tokenizers[language.lowercased()]?.name
    }

    /// The tokens of each line, or nil when the language has no grammar.
    public static func tokens(of code: String, language: String) -> [[Token]]? {
        tokenizers[language.lowercased()]?.tokenizer.tokenize(code)
    }

    /// The block's HTML. Unknown languages keep the same shape without token spans.
    public static func html(_ block: CodeBlock) -> String {
        let code = block.code.hasSuffix("\n") ? String(block.code.dropLast()) : block.code
        let known = block.language.flatMap { tokenizers[$0.lowercased()] }
        let languageClass = known?.name ?? block.language
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        let tokenLines = known?.tokenizer.tokenize(code)
        let id = HTML.escapeAttribute(block.id)

        var preClasses = ["sourceCode"]
        if block.numberLines { preClasses.append("numberSource") }
        if let languageClass { preClasses.append(languageClass) }
        if block.numberLines { preClasses.append("number-lines") }
        preClasses += block.classes
        var html = ""
        html.reserveCapacity(code.utf8.count * 2 + 200)
        if let filename = block.filename {
            html += "<div class=\"code-with-filename\">\n<div class=\"code-with-filename-file\"><pre><strong>"
            html += HTML.escape(filename) + "</strong></pre></div>\n"
        }
        html += "<div class=\"sourceCode\" id=\"\(id)\""
        if let filename = block.filename { html += " data-filename=\"\(HTML.escapeAttribute(filename))\"" }
        html += "><pre class=\"\(HTML.escapeAttribute(preClasses.joined(separator: " ")))\">"
        html += "<code class=\"sourceCode\(languageClass.map { " " + HTML.escapeAttribute($0) } ?? "")\""
        if block.numberLines, block.firstLine != 1 {
            html += " style=\"counter-reset: source-line \(block.firstLine - 1);\""
        }
        html += ">"
        for (offset, line) in lines.enumerated() {
            let number = block.firstLine + offset
            if offset > 0 { html += "\n" }
            html += "<span id=\"\(id)-\(number)\""
            if block.highlightedLines.contains(offset + 1) { html += " class=\"hl\"" }
            html += "><a href=\"#\(id)-\(number)\" aria-hidden=\"true\" tabindex=\"-1\"></a>"
            if let tokenLines, offset < tokenLines.count {
                writeTokens(tokenLines[offset], of: Array(line.unicodeScalars), into: &html)
            } else {
                html += HTML.escape(String(line))
            }
            html += "</span>"
        }
        html += "</code></pre></div>\n"
        if block.filename != nil { html += "</div>\n" }
        return html
    }

    private static func writeTokens(_ tokens: [Token], of line: [Unicode.Scalar], into html: inout String) {
        for token in tokens {
            let blank = line[token.start..<token.end].allSatisfy { $0 == " " || $0 == "\t" }
            if token.kind == .normal || blank {
                escape(line[token.start..<token.end], into: &html)
            } else {
                html += "<span class=\""
                html += token.kind.rawValue
                html += "\">"
                escape(line[token.start..<token.end], into: &html)
                html += "</span>"
            }
        }
    }

    /// Appends scalars with `&`, `<`, `>` and `"` escaped.
    private static func escape(_ scalars: ArraySlice<Unicode.Scalar>, into html: inout String) {
        var run = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "&": run.append(contentsOf: "&amp;".unicodeScalars)
            case "<": run.append(contentsOf: "&lt;".unicodeScalars)
            case ">": run.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": run.append(contentsOf: "&quot;".unicodeScalars)
            default: run.append(scalar)
            }
        }
        html += String(run)
    }
}
