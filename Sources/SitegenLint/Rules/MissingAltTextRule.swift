import Foundation
import SitegenCore

/// Images without a text alternative: `![](x.png)`, figures with neither alt text nor caption, `<img>` without `alt`.
public struct MissingAltTextRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "missing-alt-text", name: "Missing alt text",
        summary: "Flags images that have no text alternative for screen readers and feed readers.",
        rationale: """
            An image without alt text is invisible to screen readers, to feed readers that strip images and to \
            search engines. Describe what the image shows: `![Posts per month, rising after 2020](chart.png)`, \
            or give a figure a caption or `fig-alt`. Write `<img alt="">` only for purely decorative images.
            """,
        scope: LintScope.structure, category: .structure,
        triggeringExamples: [
            RuleExample("Some text.\n\n↓![](chart.png)\n"),
            RuleExample("An icon ↓![](icon.png) inline.\n"),
            RuleExample("<p>Logo: ↓<img src=\"logo.png\"></p>\n\nText after.\n", note: "raw HTML `<img>` without `alt`"),
        ],
        nonTriggeringExamples: [
            RuleExample("![Posts per month, rising after 2020](chart.png)\n"),
            RuleExample("An icon ![check mark](icon.png) inline.\n"),
            RuleExample("<p><img src=\"rule.png\" alt=\"\"></p>\n", note: "an empty `alt` marks a decorative image"),
            RuleExample("```markdown\n![](chart.png)\n```\n", note: "code is not checked"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds images without alt text.
    public func check(_ context: LintContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for document in context.documents {
            for visit in DocumentWalker.blocks(of: document) {
                out += check(visit.block)
            }
            for (inline, holder, _) in DocumentWalker.inlines(of: document) {
                switch inline {
                case .image(let image) where Self.altText(of: image).isEmpty:
                    out.append(finding(image.source, at: image.location))
                case .html(let html):
                    out += htmlImages(html, at: holder, exact: false)
                default:
                    break
                }
            }
        }
        return out
    }

    private func check(_ block: Block) -> [Diagnostic] {
        switch block.kind {
        case .figure(let figure):
            guard PlainText.of(figure.caption).allSatisfy(\.isWhitespace) else { return [] }
            return figure.images.filter { Self.altText(of: $0).isEmpty }.map { finding($0.source, at: $0.location) }
        case .html(let html):
            return htmlImages(html, at: block.location, exact: true)
        default:
            return []
        }
    }

    private func htmlImages(_ html: String, at start: SourceLocation, exact: Bool) -> [Diagnostic] {
        HTMLScan.tags(in: html).filter { $0.name == "img" && $0.attributes["alt"] == nil }.map { tag in
            let location = exact ? Self.offset(tag.offset, in: html, from: start) : start
            return finding(tag.attributes["src"] ?? "", at: location)
        }
    }

    private func finding(_ source: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, "image `\(source)` has no alt text", at: location, rule: Self.id,
            hint: "describe what the image shows inside the brackets: `![what it shows](\(source))`")
    }

    /// The alt text of an image: `fig-alt`/`alt` attributes, else the bracket text, trimmed.
    static func altText(of image: Image) -> String {
        let text = image.attributes["fig-alt"] ?? image.attributes["alt"] ?? PlainText.of(image.alt)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The location of a character offset inside a block that starts at `start`.
    static func offset(_ offset: Int, in text: String, from start: SourceLocation) -> SourceLocation {
        var line = start.line
        var column = start.column
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return start.moved(line: line, column: column)
    }
}
