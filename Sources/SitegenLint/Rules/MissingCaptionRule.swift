import Foundation
import SitegenCore

/// Labelled figures and tables without a caption (`![](x.png){#fig-x}`), which render as "Figure 1" with nothing after it.
public struct MissingCaptionRule: LintRule {
    /// The rule's description.
    public static let description = RuleDescription(
        id: "missing-caption", name: "Missing caption",
        summary: "Flags labelled figures and tables that have no caption.",
        rationale: """
            A figure or table with a label is meant to be referred to ("see Figure 2"); without a caption the \
            reader gets a number and nothing that says what it shows. Write the caption in the image brackets \
            (`![Posts per month](chart.png){#fig-posts}`) or on the table's `: Caption {#tbl-x}` line. (An image \
            alone in a paragraph without alt text is not a figure; `missing-alt-text` flags it.)
            """,
        scope: LintScope.structure, category: .structure,
        triggeringExamples: [
            RuleExample("See @fig-growth.\n\n↓![](growth.png){#fig-growth}\n"),
            RuleExample("↓| a | b |\n|---|---|\n| 1 | 2 |\n\n: {#tbl-results}\n", note: "a labelled table with an empty caption"),
        ],
        nonTriggeringExamples: [
            RuleExample("See @fig-growth.\n\n![Posts per month](growth.png){#fig-growth}\n"),
            RuleExample("Text.\n\n![A plot](plot.png)\n", note: "a caption and no label"),
            RuleExample("| a | b |\n|---|---|\n| 1 | 2 |\n\n: Results by group {#tbl-results}\n"),
        ])

    /// Creates the rule.
    public init(configuration: RuleConfiguration) {}

    /// Finds labelled figures and tables with empty captions.
    public func check(_ context: LintContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            DocumentWalker.blocks(of: document).compactMap { check($0.block) }
        }
    }

    private func check(_ block: Block) -> Diagnostic? {
        let caption: [Inline]
        let kind: String
        var label = block.attributes.id
        var location = block.location
        switch block.kind {
        case .figure(let figure):
            (caption, kind) = (figure.caption, "figure")
            label = label ?? figure.images.lazy.compactMap(\.attributes.id).first
            location = figure.images.first?.location ?? location
        case .table(let table):
            (caption, kind) = (table.caption, "table")
        default:
            return nil
        }
        guard PlainText.of(caption).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        guard let label else { return nil }
        let name = "\(kind) `\(label)`"
        return Diagnostic(
            .warning, "\(name) has no caption", at: location, rule: Self.id,
            hint: kind == "figure" ? "write the caption inside the image brackets: `![What it shows](…)`"
                : "add a caption line after the table: `: What it shows {#tbl-…}`")
    }
}
