import Foundation
import SitegenCore
import Testing
@testable import SitegenMarkdown

/// pandoc Markdown block syntax (definition lists, raw blocks, HTML comments, grid tables, Markdown inside
/// HTML blocks) rendered here and by pandoc 2.17 (`-f markdown -t html`): the block structure (the sequence of
/// block tags) and the text must agree. Skipped when pandoc is not installed.
///
/// Documented differences: a captioned table is a `<figure>` with a `<figcaption>` here and a `<table>` with
/// a `<caption>` in pandoc (`figure` is not compared); a grid table cell holds inlines here, so blocks in a
/// cell (a list) are lines of the cell, where pandoc keeps them as blocks (not among these inputs); a block
/// indented one to three spaces after a blank line inside a definition whose marker is followed by a single
/// space stays in the definition here (as CommonMark continues a list item), where pandoc, wanting four spaces,
/// ends the definition (not among these inputs). Citations and footnotes are not part of these inputs (their HTML
/// comes from the citation processor and the notes section, checked elsewhere).
@Suite struct PandocSyntaxAgreementTests {
    static let cases: [String] = [
        // The pandoc manual's definition list examples.
        "Term 1\n\n:   Definition 1\n\nTerm 2 with *inline markup*\n\n:   Definition 2\n\n        { some code, part of Definition 2 }\n\n    Third paragraph of definition 2.\n",
        "Term 1\n\n:   Definition\nwith lazy continuation.\n\n    Second paragraph of the definition.\n",
        "Term 1\n  ~ Definition 1\n\nTerm 2\n  ~ Definition 2a\n  ~ Definition 2b\n",
        // Real-post shapes: a glossary with lists and code inside, then prose and a bullet list after it.
        "Precision\n:   The share of flagged items that are right.\n\n    It trades off against recall:\n\n    - high precision, few false alarms;\n    - high recall, few misses.\n\nRecall\n:   The share of right items that are flagged.\n\n        recall = tp / (tp + fn)\n\nAfter the list, a paragraph.\n\n- a bullet\n- another\n",
        "Intro paragraph.\n\nTerm\n: definition one\n: definition two\n\nClosing paragraph.\n",
        "Apple\n\n:   A fruit.\n\n:   A company.\n\nOrange\n\n:   Another fruit.\n",
        "`code` term\n:   Definition with **bold** text.\n",
        "Term\n:   Definition\nTerm 2\n:   Lazy line above joins the definition; this is a second definition.\n",
        "Not a term\nbecause the paragraph goes on\n: so this line is text.\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n: A table caption, not a definition\n\nText\n\n: a definition after all.\n",
        // Lines that are not definitions.
        "Term\n:Definition without a space after the colon\n\nTerm\n:: two colons\n",
        "Two line\nterm\n: is paragraph text\n\nTerm\n    : indented four spaces\n",
        "Term\n\n\n: after two blank lines\n",
        "Term\n: Definition that is long\nand goes on unindented.\n",
        // Grid tables, from the pandoc manual's shapes: multi-line cells, alignments, no header, a caption.
        "+---------------+---------------+\n| Fruit         | Price         |\n+===============+===============+\n| Bananas       | $1.34         |\n|               | a bunch       |\n+---------------+---------------+\n| Oranges       | *cheap*       |\n+---------------+---------------+\n\n: Sample grid table.\n",
        "+---------+----------+--------+\n| Right   | Left     | Center |\n+========:+:=========+:======:+\n| 1       | 2        | 3      |\n+---------+----------+--------+\n",
        "Before.\n\n+-----+-----+\n| a   | b   |\n+-----+-----+\n| c   | d   |\n+-----+-----+\n\nAfter.\n",
        // Markdown inside HTML block elements (markdown_in_html_blocks).
        "<div class=\"note\">\nSome *Markdown* here.\n\n- a list\n</div>\n",
        "<section id=\"s\">\n<div>\nText [link](x).\n</div>\n</section>\n",
        // Raw blocks and spans.
        "Before.\n\n```{=html}\n<video src=\"clip.mp4\" controls></video>\n```\n\nAfter.\n",
        "Before.\n\n```{=latex}\n\\newpage\n```\n\n```{=tex}\n\\clearpage\n```\n\nAfter.\n",
        "Press `<kbd>Ctrl</kbd>`{=html} and `\\LaTeX`{=latex} now.\n",
        // HTML comments hide every extension inside them.
        "Visible.\n\n<!--\n::: {.callout-note}\nHidden $x$ note.\n:::\n-->\n\nStill visible.\n",
        "A paragraph.\n\n<!-- Term\n: not a definition -->\n\nEnd.\n",
    ]

    /// Tags that make up block structure.
    static let blockTags: Set<String> = [
        "p", "dl", "dt", "dd", "ul", "ol", "li", "pre", "table", "thead", "tbody", "tr", "th", "td", "blockquote",
        "div", "video", "kbd",
    ]

    @Test func blockSyntaxAgreesWithPandoc() throws {
        guard let pandoc = ExternalTool.find("pandoc") else {
            print("pandoc not installed; skipping pandoc syntax agreement check")
            return
        }
        for source in Self.cases {
            let (status, theirs) = try ExternalTool.run(pandoc, ["-f", "markdown", "-t", "html", "--wrap=none"], input: source)
            try #require(status == 0, "\(theirs)")
            let ours = renderHTML(source).html
            #expect(Self.skeleton(ours) == Self.skeleton(theirs), "\(source)\n--- ours:\n\(ours)\n--- pandoc:\n\(theirs)")
            #expect(Self.text(ours) == Self.text(theirs), "\(source)\n--- ours:\n\(ours)\n--- pandoc:\n\(theirs)")
        }
    }

    /// The block tags in order, with the documented differences normalised.
    static func skeleton(_ html: String) -> [String] {
        var tags: [String] = []
        let pattern = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)")
        let range = NSRange(html.startIndex..., in: html)
        for match in pattern.matches(in: html, range: range) {
            let close = Range(match.range(at: 1), in: html).map { !html[$0].isEmpty } ?? false
            let name = Range(match.range(at: 2), in: html).map { html[$0].lowercased() } ?? ""
            guard blockTags.contains(name) else { continue }
            tags.append((close ? "/" : "") + name)
        }
        return tags
    }

    /// The text without tags, comments or whitespace differences.
    static func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<!--[\\s\\S]*?-->", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
