import Foundation
import SitegenCore

/// What one document of a Quarto project brings besides its text: the metadata it inherits (`_quarto.yml`,
/// then each `_metadata.yml` from the project root down to its folder), `_variables.yml`, and its frozen
/// computations under `_freeze/`.
struct QuartoFile: Sendable, Hashable {
    /// The project folder.
    var projectRoot: URL
    /// The source path relative to the project (`posts/2024/x/index.qmd`).
    var relativePath: String
    /// Inherited metadata, merged as Quarto merges it; the document's own front matter goes on top.
    var defaults: MetaValue
    /// `_variables.yml`.
    var variables: MetaValue
    /// `_quarto.yml` as a whole, for `{{< meta website.title >}}`-style lookups the document does not answer.
    var projectMetadata: MetaValue
    /// `_freeze/<path without extension>/` when it holds `execute-results/html.json`.
    var freezeFolder: URL?
    /// Listed in `website.drafts`.
    var listedAsDraft = false
    /// `draft-mode: visible`: drafts are built like other documents.
    var draftsVisible = false
    /// False for a `.qmd` or `.Rmd` file in a sitegen site's Content/ (no project around it).
    var inProject = true

    /// The file stem (`index` for `index.qmd`): frozen figures are named `<stem>_files/figure-html/…` in the markdown.
    var stem: String {
        let name = (relativePath as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    /// `<stem>_files/figure-html/x.png` → the PNG in the freeze, when it is there.
    func frozenFigure(_ relative: String) -> URL? {
        guard let freezeFolder else { return nil }
        let prefix = stem + "_files/"
        guard relative.hasPrefix(prefix) else { return nil }
        let url = freezeFolder.appendingPathComponent(String(relative.dropFirst(prefix.count)))
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The frozen result, when there is one.
    var freezeResult: URL? {
        freezeFolder?.appendingPathComponent("execute-results/html.json")
    }
}
