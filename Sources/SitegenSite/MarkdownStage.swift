import Foundation
import SitegenCore
import Yams

/// Parses Markdown sources into documents and renders them to HTML.
struct MarkdownStage: Sendable {
    let config: SiteConfig
    let urls: URLBuilder
    let pages: [SitePage]

    static func parse(_ file: ContentFile) throws -> (SitePage?, [Diagnostic]) {
        let text = try String(contentsOf: file.url, encoding: .utf8)
        let location = SourceLocation(file: file.displayPath, line: 1, column: 1)
        var meta = Metadata(title: file.slug)
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") {
            let yaml = String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])
            if case .map(let m)? = (try? YAMLReader.compose(yaml, path: file.displayPath, lineOffset: 1)).flatMap({ $0 }).map(YAMLReader.value) {
                meta.title = m["title"]?.stringValue ?? meta.title
                meta.tags = m["tags"]?.stringList ?? []
            }
        }
        let document = Document(id: file.id, origin: .file(path: file.displayPath), metadata: meta, root: Section(level: 0, location: location))
        return (SitePage(kind: file.kind == .post ? .post : .page, document: document, file: file, path: ""), [])
    }

    func render(_ page: SitePage) -> SitePage {
        page
    }
}
