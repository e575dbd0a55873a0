import Foundation
import SitegenCore
import Yams

/// Code cells of a Quarto document without running them. Unexecuted cells follow their options (`#|` lines,
/// `{r label, echo=FALSE}` headers, and the document's `execute:`): option lines are never shown, `include`,
/// `echo`, `eval` and `output` decide what appears, `code-fold`/`code-summary` fold the code, and a `fig-`/`tbl-`
/// label makes a numbered figure or table holding a "not executed" placeholder, so references to it resolve.
/// Frozen cells (the engine's markdown) get the same folding and option stripping, and their raw HTML output.
struct QuartoCells {
    let meta: MetaValue
    let displayPath: String
    var diagnostics: [Diagnostic] = []

    init(meta: MetaValue, displayPath: String) {
        self.meta = meta
        self.displayPath = displayPath
    }

    /// Engines whose cells are diagrams or browser code rather than computations with output.
    static let displayOnly: Set<String> = ["mermaid", "dot", "ojs"]

    // MARK: - Unexecuted documents

    mutating func unexecuted(_ body: String, firstLine: Int) -> String {
        let lines = Self.lines(body)
        var out: [String] = []
        var i = 0
        var notRun = 0
        var firstNotRun: Int?
        while i < lines.count {
            let line = lines[i]
            if let fence = Self.fence(line) {
                let end = Self.closing(lines, from: i + 1, fence: fence)
                let content = Array(lines[(i + 1)..<min(end, lines.count)])
                let consumed = min(end, lines.count - 1) - i + 1
                if let chunk = Self.executable(fence.info) {
                    var emitted = cell(chunk, content: content, line: firstLine + i)
                    if chunk.producesOutput(options: chunkOptions(chunk, content)) {
                        notRun += 1
                        if firstNotRun == nil { firstNotRun = firstLine + i }
                    }
                    while emitted.count < consumed { emitted.append("") }
                    out += emitted
                } else if let escaped = Self.escapedChunk(fence.info) {
                    out.append(String(repeating: "`", count: fence.length + 1) + "markdown")
                    out.append(fence.indent + String(repeating: "`", count: fence.length) + "{" + escaped + "}")
                    out += content
                    out.append(fence.indent + String(repeating: "`", count: fence.length))
                    out.append(String(repeating: "`", count: fence.length + 1))
                } else {
                    out += lines[i..<min(i + consumed, lines.count)]
                }
                i += consumed
                continue
            }
            out.append(line)
            i += 1
        }
        if notRun > 0, let line = firstNotRun {
            diagnostics.append(.warning(
                "\(notRun) code cell(s) were not executed and there is no frozen result: their output is left out",
                at: SourceLocation(file: displayPath, line: line, column: 1), rule: "quarto-not-executed",
                hint: "set `freeze: auto` under `execute:` in _quarto.yml and run `quarto render` once where the code runs; sitegen then shows the frozen output"))
        }
        return out.joined(separator: "\n")
    }

    struct Chunk {
        var engine: String
        var header: [String: MetaValue]
        var label: String?

        func producesOutput(options: [String: MetaValue]) -> Bool {
            !QuartoCells.displayOnly.contains(engine) && options["include"] != .bool(false) && options["eval"] != .bool(false)
                && options["output"] != .bool(false)
        }
    }

    /// `{r}`, `{python}`, `{r setup, include=FALSE}` → the engine and the header's options.
    static func executable(_ info: String) -> Chunk? {
        guard info.hasPrefix("{"), info.hasSuffix("}"), !info.hasPrefix("{{") else { return nil }
        let inner = info.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        guard let first = inner.first, first.isLetter else { return nil }
        let engineEnd = inner.firstIndex { $0 == " " || $0 == "," || $0 == "\t" } ?? inner.endIndex
        let engine = String(inner[..<engineEnd])
        guard engine.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        var header: [String: MetaValue] = [:]
        var label: String?
        for (n, token) in splitOptions(String(inner[engineEnd...])).enumerated() {
            if let eq = token.firstIndex(of: "=") {
                let key = token[..<eq].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "-")
                header[key] = rValue(token[token.index(after: eq)...].trimmingCharacters(in: .whitespaces))
            } else if n == 0, !token.isEmpty {
                label = token
            }
        }
        if let l = header["label"]?.stringValue { label = l }
        return Chunk(engine: engine.lowercased(), header: header, label: label)
    }

    /// `{{r}}`: a chunk shown as written (Quarto's escape for documentation).
    static func escapedChunk(_ info: String) -> String? {
        guard info.hasPrefix("{{"), info.hasSuffix("}}") else { return nil }
        return String(info.dropFirst(2).dropLast(2))
    }

    private static func splitOptions(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        for c in text {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
                current.append(c)
            } else if c == "(" {
                depth += 1
                current.append(c)
            } else if c == ")" {
                depth -= 1
                current.append(c)
            } else if c == ",", depth == 0 {
                tokens.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        tokens.append(current.trimmingCharacters(in: .whitespaces))
        return tokens.filter { !$0.isEmpty }
    }

    /// An R literal from a chunk header: `TRUE`, `FALSE`, `"text"`, `'text'`, a number, or the text as written.
    private static func rValue(_ text: String) -> MetaValue {
        switch text {
        case "TRUE", "T", "true": return .bool(true)
        case "FALSE", "F", "false": return .bool(false)
        case "NULL", "NA": return .null
        default:
            if text.count >= 2, let f = text.first, f == "\"" || f == "'", text.last == f { return .string(String(text.dropFirst().dropLast())) }
            if let n = Double(text) { return .number(n) }
            return .string(text)
        }
    }

    /// The `#|` option lines at the top of a cell (`//|` for ojs, `%%|` for mermaid and dot), and the rest.
    static func optionLines(_ content: [String]) -> (yaml: [String], code: [String]) {
        var yaml: [String] = []
        var index = 0
        while index < content.count {
            let trimmed = content[index].trimmingCharacters(in: .whitespaces)
            guard let prefix = ["#|", "//|", "%%|", "--|"].first(where: { trimmed.hasPrefix($0) }) else { break }
            var rest = trimmed.dropFirst(prefix.count)
            if rest.first == " " { rest = rest.dropFirst() }
            yaml.append(String(rest))
            index += 1
        }
        return (yaml, Array(content[index...]))
    }

    /// The cell's options: the document's `execute:` under the header's under the `#|` lines.
    private mutating func chunkOptions(_ chunk: Chunk, _ content: [String]) -> [String: MetaValue] {
        var options: [String: MetaValue] = [:]
        if case .map(let execute)? = QuartoYAML.lookup(meta, "execute") { options = execute }
        for key in ["code-fold", "code-summary"] {
            if let value = Self.documentOption(meta, key) { options[key] = value }
        }
        options.merge(chunk.header) { $1 }
        if options["results"]?.stringValue == "hide" || options["results"]?.stringValue == "FALSE" { options["output"] = .bool(false) }
        let yaml = Self.optionLines(content).yaml
        if !yaml.isEmpty, let node = try? Yams.compose(yaml: yaml.joined(separator: "\n")), case .map(let map) = YAMLReader.value(node) {
            options.merge(map) { $1 }
        }
        if let label = chunk.label, options["label"] == nil { options["label"] = .string(label) }
        return options
    }

    private mutating func cell(_ chunk: Chunk, content: [String], line: Int) -> [String] {
        let options = chunkOptions(chunk, content)
        if options["include"] == .bool(false) { return [] }
        var out: [String] = []
        let code = Self.optionLines(content).code
        if options["echo"] != .bool(false) || Self.displayOnly.contains(chunk.engine) {
            out += Self.folded(codeBlock(language: chunk.engine, code), options: options)
        }
        let label = options["label"]?.stringValue ?? ""
        if label.hasPrefix("fig-") {
            out += ["", "::: {#\(label)}", "![\(Self.placeholderAlt)](\(Self.placeholderImage))", "", Self.caption(options["fig-cap"]), ":::", ""]
        } else if label.hasPrefix("tbl-") {
            out += ["", "| Table not executed |", "|:--|", "| \(Self.placeholderText) |",
                    ": \(Self.caption(options["tbl-cap"])) {#\(label)}", ""]
        }
        return out
    }

    private func codeBlock(_ language: String, _ code: [String]) -> [String] {
        let longest = code.map { line in line.prefix { $0 == "`" }.count }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ["", fence + language] + code + [fence, ""]
    }

    private func codeBlock(language: String, _ code: [String]) -> [String] { codeBlock(language, code) }

    /// A document-level HTML option, written at the top level or under `format: html:`.
    static func documentOption(_ meta: MetaValue, _ key: String) -> MetaValue? {
        QuartoYAML.lookup(meta, key) ?? QuartoYAML.lookup(meta, "format.html." + key)
    }

    /// Wraps code in `<details>` when `code-fold` is true or `show`, with `code-summary` as its summary.
    static func folded(_ block: [String], options: [String: MetaValue]) -> [String] {
        let fold = options["code-fold"]
        let open: Bool
        switch fold {
        case .bool(true)?: open = false
        case .string(let s)? where s == "true" || s == "hide": open = false
        case .string(let s)? where s == "show": open = true
        default: return block
        }
        let summary = HTML.escape(options["code-summary"]?.stringValue ?? "Code")
        return ["", "<details class=\"code-fold\"\(open ? " open" : "")><summary>\(summary)</summary>", ""] + block + ["", "</details>", ""]
    }

    static func caption(_ value: MetaValue?) -> String {
        switch value {
        case .string(let s)?: return s.replacingOccurrences(of: "\n", with: " ")
        case .list(let items)?: return items.compactMap(\.stringValue).joined(separator: "; ")
        default: return ""
        }
    }

    static let placeholderText = "Not executed: this post's code has not been run and there is no frozen result in `_freeze/`."
    static let placeholderAlt = "Placeholder: the code that draws this figure was not executed"
    /// A dashed box saying the figure was not executed, as an SVG data URL (no file to copy).
    static let placeholderImage: String = {
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='180' viewBox='0 0 640 180'>"
            + "<rect x='1' y='1' width='638' height='178' fill='#f6f6f6' stroke='#888' stroke-width='2' stroke-dasharray='8 6'/>"
            + "<text x='320' y='82' text-anchor='middle' font-family='sans-serif' font-size='22' fill='#444'>Figure not executed</text>"
            + "<text x='320' y='114' text-anchor='middle' font-family='sans-serif' font-size='14' fill='#666'>No frozen result in _freeze/: run quarto render where the code can run</text>"
            + "</svg>"
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "data:image/svg+xml," + (svg.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }()

    // MARK: - Frozen documents

    /// The engine's markdown with option lines stripped from echoed code, code folded, raw HTML output kept as
    /// HTML (other raw formats dropped), and `fig-`/`tbl-` labels on cells moved to the figure or table they hold.
    func frozen(_ body: String) -> String {
        let lines = Self.lines(body)
        var out: [String] = []
        var i = 0
        var pendingFigure: (label: String, caption: String)?
        var pendingTable: (label: String, caption: String)?
        var inTable = false
        var tableCount = 0
        var htmlTables: [(label: String, number: Int)] = []
        let docOptions: [String: MetaValue] = {
            var o: [String: MetaValue] = [:]
            for key in ["code-fold", "code-summary"] { if let v = Self.documentOption(meta, key) { o[key] = v } }
            return o
        }()
        while i < lines.count {
            let line = lines[i]
            if inTable, !line.trimmingCharacters(in: .whitespaces).hasPrefix("|"), let table = pendingTable {
                // Right under the last row, so the caption joins the table even inside the output div.
                out.append(": \(table.caption) {#\(table.label)}")
                pendingTable = nil
                inTable = false
            }
            if let fence = Self.fence(line) {
                let end = Self.closing(lines, from: i + 1, fence: fence)
                let content = Array(lines[(i + 1)..<min(end, lines.count)])
                let consumed = min(end, lines.count - 1) - i + 1
                let attributes = Self.attributes(fence.info)
                if let format = attributes.raw {
                    if format == "html", let table = pendingTable, !inTable {
                        // An HTML table (gt, kableExtra, pandas) under a `tbl-` label: numbered here, as the
                        // Markdown numbering only sees pipe tables.
                        htmlTables.append((table.label, tableCount))
                        out.append("<div class=\"cell-output-html\" id=\"\(HTML.escape(table.label))\">")
                        out.append("<p class=\"table-caption\">Table \(tableCount): \(HTML.escape(table.caption))</p>")
                        out += content.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "<!-- -->" : $0 }
                        out += ["</div>", ""]
                        pendingTable = nil
                    } else if format == "html" {
                        out.append("<div class=\"cell-output-html\">")
                        out += content.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "<!-- -->" : $0 }
                        out += ["</div>", ""]
                    }
                } else if attributes.classes.contains("cell-code") {
                    var options = docOptions
                    options.merge(attributes.values.mapValues { MetaValue.string($0) }) { $1 }
                    let language = attributes.classes.first { $0 != "cell-code" } ?? ""
                    out += Self.folded(codeBlock(language, Self.optionLines(content).code), options: options)
                } else {
                    out += lines[i..<min(i + consumed, lines.count)]
                }
                i += consumed
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(":::"), let brace = trimmed.firstIndex(of: "{") {
                var attributes = Self.attributes(String(trimmed[brace...]))
                if attributes.classes.contains("cell"), let id = attributes.id, id.hasPrefix("fig-") || id.hasPrefix("tbl-") {
                    if id.hasPrefix("fig-") {
                        pendingFigure = (id, attributes.values["fig-cap"] ?? "")
                    } else {
                        pendingTable = (id, attributes.values["tbl-cap"] ?? "")
                        tableCount += 1
                    }
                    attributes.id = nil
                    out.append(String(trimmed[..<brace]) + attributes.text)
                    i += 1
                    continue
                }
            }
            if let figure = pendingFigure, trimmed.hasPrefix("!["), let rewritten = Self.labelled(trimmed, figure) {
                out.append(rewritten)
                pendingFigure = nil
            } else {
                if pendingTable != nil, trimmed.hasPrefix("|") { inTable = true }
                out.append(line)
            }
            i += 1
        }
        if inTable, let table = pendingTable { out.append(": \(table.caption) {#\(table.label)}") }
        var text = out.joined(separator: "\n")
        for table in htmlTables {
            text = Self.linkReferences(to: table.label, number: String(table.number), in: text)
        }
        return text
    }

    /// `@tbl-x`, `[@tbl-x]` and `[-@tbl-x]` as links to an HTML table numbered here.
    static func linkReferences(to label: String, number: String, in text: String) -> String {
        let escaped = NSRegularExpression.escapedPattern(for: label)
        var text = text.replacingOccurrences(of: "\\[-@\(escaped)\\]", with: "[\(number)](#\(label))", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\[@\(escaped)\\]", with: "[Table \(number)](#\(label))", options: .regularExpression)
        return text.replacingOccurrences(of: "(?<![\\w@\\[])@\(escaped)(?![\\w-])", with: "[Table \(number)](#\(label))", options: .regularExpression)
    }

    /// `![](x.png){width=672}` → `![caption](x.png){#fig-x width=672}`.
    private static func labelled(_ image: String, _ figure: (label: String, caption: String)) -> String? {
        guard let closeAlt = image.range(of: "]("), let closeSrc = image[closeAlt.upperBound...].firstIndex(of: ")") else { return nil }
        var alt = String(image[image.index(image.startIndex, offsetBy: 2)..<closeAlt.lowerBound])
        if alt.isEmpty { alt = figure.caption }
        let source = image[closeAlt.upperBound..<closeSrc]
        var rest = String(image[image.index(after: closeSrc)...])
        if rest.hasPrefix("{") {
            rest = "{#\(figure.label) " + rest.dropFirst()
        } else {
            rest = "{#\(figure.label)}" + rest
        }
        return "![\(alt)](\(source))" + rest
    }

    // MARK: - Lines, fences, attributes

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    }

    struct Fence {
        var indent: String
        var char: Character
        var length: Int
        var info: String
    }

    /// A backtick or tilde code fence opening on this line (at most three spaces of indentation).
    static func fence(_ line: String) -> Fence? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let char = rest.first, char == "`" || char == "~" else { return nil }
        let run = rest.prefix { $0 == char }
        guard run.count >= 3 else { return nil }
        let info = rest.dropFirst(run.count).trimmingCharacters(in: .whitespaces)
        if char == "`", info.contains("`") { return nil }
        return Fence(indent: String(indent), char: char, length: run.count, info: info)
    }

    /// The index of the line closing `fence` (or `lines.count` when the file ends first).
    static func closing(_ lines: [String], from start: Int, fence: Fence) -> Int {
        var j = start
        while j < lines.count {
            let trimmed = lines[j].trimmingCharacters(in: .whitespaces)
            if trimmed.count >= fence.length, trimmed.allSatisfy({ $0 == fence.char }) { return j }
            j += 1
        }
        return lines.count
    }

    struct CellAttributes {
        var id: String?
        var classes: [String] = []
        var values: [String: String] = [:]
        /// `{=html}`: the raw format.
        var raw: String?
        var order: [String] = []

        var text: String {
            var parts: [String] = []
            if let id { parts.append("#" + id) }
            parts += classes.map { "." + $0 }
            for key in order { if let v = values[key] { parts.append("\(key)=\"\(v.replacingOccurrences(of: "\"", with: "&quot;"))\"") } }
            return "{" + parts.joined(separator: " ") + "}"
        }
    }

    /// Pandoc attributes `{#id .class key="value" key=value}` or a raw format `{=html}`.
    static func attributes(_ text: String) -> CellAttributes {
        var result = CellAttributes()
        var inner = text.trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("{"), inner.hasSuffix("}") else {
            if !inner.isEmpty { result.classes = [String(inner.split(separator: " ").first ?? "")] }
            return result
        }
        inner = String(inner.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        if inner.hasPrefix("=") {
            result.raw = String(inner.dropFirst()).trimmingCharacters(in: .whitespaces).lowercased()
            return result
        }
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        for c in inner {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
                current.append(c)
            } else if c == " " || c == "\t" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        for token in tokens {
            if token.hasPrefix("#") {
                result.id = String(token.dropFirst())
            } else if token.hasPrefix(".") {
                result.classes.append(String(token.dropFirst()))
            } else if let eq = token.firstIndex(of: "=") {
                let key = String(token[..<eq])
                var value = String(token[token.index(after: eq)...])
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
                result.values[key] = value
                result.order.append(key)
            } else {
                result.classes.append(token)
            }
        }
        return result
    }
}
