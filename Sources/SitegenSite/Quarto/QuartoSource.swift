import Foundation
import SitegenCore
import SitegenMarkdown

/// Turns one Quarto document into the Markdown sitegen parses, with no R, Python or Julia: its front matter merged
/// with what it inherits, moving dates resolved, a missing title filled in; its body replaced by the frozen result
/// when `_freeze/` has one, otherwise its code cells shown as their chunk options say; shortcodes expanded.
/// The rewritten front matter is one line of JSON padded to the original's height, so body lines keep their numbers.
struct QuartoSource {
    let file: QuartoFile
    let displayPath: String

    struct Prepared {
        var text: String
        var diagnostics: [Diagnostic]
    }

    func prepare(_ source: String) -> Prepared {
        let split = FrontMatter.split(source, path: displayPath)
        var own: MetaValue = .map([:])
        if let yaml = split.yaml {
            guard let node = try? YAMLReader.compose(yaml, path: displayPath), case .map = YAMLReader.value(node) else {
                // Broken front matter: leave the file as it is so the parser reports the error where it is.
                return Prepared(text: source, diagnostics: [])
            }
            own = YAMLReader.value(node)
        }
        var diagnostics: [Diagnostic] = []
        var meta = QuartoYAML.merge(file.defaults, own)
        adjust(&meta, diagnostics: &diagnostics)
        var body = String(split.body)
        var bodyLine = split.bodyStartLine
        if let frozen = frozenBody(&diagnostics) {
            body = frozen
            bodyLine = 1
            body = QuartoCells(meta: meta, displayPath: displayPath).frozen(body)
        } else {
            var shortcodes = QuartoShortcodes(file: file, meta: meta, displayPath: displayPath)
            body = shortcodes.includes(body, from: file.relativePath, line: bodyLine)
            diagnostics += shortcodes.diagnostics
            var cells = QuartoCells(meta: meta, displayPath: displayPath)
            body = cells.unexecuted(body, firstLine: bodyLine)
            diagnostics += cells.diagnostics
        }
        // In a project every document's page is its path with `.html`; a `.qmd` under Content/ gets a permalink, and
        // its links to other source files are rewritten by the link resolver instead.
        if file.inProject { body = Self.htmlLinks(body) }
        var shortcodes = QuartoShortcodes(file: file, meta: meta, displayPath: displayPath)
        body = shortcodes.expand(body, firstLine: bodyLine)
        diagnostics += shortcodes.diagnostics
        let height = max(split.bodyStartLine - 1, 3)
        var text = "---\n" + QuartoYAML.json(meta) + "\n"
        text += String(repeating: "\n", count: height - 3)
        text += "---\n" + body
        return Prepared(text: text, diagnostics: diagnostics)
    }

    /// Links to other documents point at their pages, as Quarto rewrites them: `](../x/index.qmd#sec)` →
    /// `](../x/index.html#sec)` (which is where sitegen writes them too).
    static func htmlLinks(_ body: String) -> String {
        guard body.contains(".qmd") || body.contains(".Rmd") || body.contains(".rmd") else { return body }
        return body.replacingOccurrences(
            of: #"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:)([^)\s]+?)\.(?:qmd|Rmd|rmd|Rmarkdown)((?:#[^)\s]*)?(?:\s+"[^"]*")?)\)"#,
            with: "]($1.html$2)", options: .regularExpression)
    }

    /// Drafts, the title, moving dates and the listing image, as Quarto treats them.
    private func adjust(_ meta: inout MetaValue, diagnostics: inout [Diagnostic]) {
        guard case .map(var map) = meta else { return }
        if file.listedAsDraft { map["draft"] = .bool(true) }
        if file.draftsVisible { map["draft"] = .bool(false) }
        let title = map["title"]?.stringValue?.trimmingCharacters(in: .whitespaces) ?? ""
        if title.isEmpty {
            let name = file.stem == "index" ? ((file.relativePath as NSString).deletingLastPathComponent as NSString).lastPathComponent : file.stem
            let fallback = name.isEmpty ? file.stem : name
            map["title"] = .string(fallback)
            diagnostics.append(.warning(
                "document has no title; using its file name '\(fallback)', as Quarto does",
                at: SourceLocation(file: displayPath, line: 1, column: 1), rule: "missing-title",
                hint: "add `title: \"…\"` to the front matter"))
        }
        for key in ["date", "date-modified"] {
            guard let text = map[key]?.stringValue?.lowercased(), FrontMatterDateWords.moving.contains(text) else { continue }
            let date = SourceDates.lastChange(of: file.projectRoot.appendingPathComponent(file.relativePath), in: file.projectRoot)
            map[key] = .string(SourceDates.iso(date))
        }
        if file.inProject, let image = map["image"]?.stringValue, !image.isEmpty, !image.hasPrefix("/"), !image.contains("://"), !image.hasPrefix("data:") {
            let folder = (file.relativePath as NSString).deletingLastPathComponent
            map["image"] = .string("/" + QuartoScanner.normalize(folder.isEmpty ? image : folder + "/" + image))
        }
        meta = .map(map)
    }

    /// The body of the frozen result, without its front matter; nil when there is none or it cannot be read.
    private func frozenBody(_ diagnostics: inout [Diagnostic]) -> String? {
        guard let url = file.freezeResult else { return nil }
        switch QuartoFreeze.read(url) {
        case .success(let markdown):
            return String(FrontMatter.split(markdown).body)
        case .failure(let message):
            diagnostics.append(.warning(
                "cannot use the frozen result \(url.path.replacingOccurrences(of: file.projectRoot.path + "/", with: "")): \(message); showing the code without its output",
                at: SourceLocation(file: displayPath, line: 1, column: 1), rule: "quarto-freeze",
                hint: "run `quarto render` where the code can run to refresh _freeze/"))
            return nil
        }
    }
}

/// The front matter words that mean a date taken from the file rather than written in it.
enum FrontMatterDateWords {
    static let moving: Set<String> = ["today", "now", "last-modified"]
}
