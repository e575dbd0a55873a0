import Foundation
import SitegenAnalysis
import SitegenCore

/// Runs the analysis engine over the site's posts and ingested entries, so pages carry their repetition and
/// template scores, rewritten sections are marked where they stand ("restates § 2, similarity 0.83"), and a
/// site page ranks the sources by how much they repeat themselves.
struct AnalysisStage: Sendable {
    let report: AnalysisReport
    private let scores: [String: DocumentScores]
    private let restatements: [String: [Restatement]]

    /// A section of a document that restates an earlier one.
    struct Restatement: Sendable {
        var sectionID: String
        var originalDocument: String
        var originalSection: String?
        var similarity: Double
    }

    init(pages: [SitePage]) {
        report = Analyzer().analyze(pages.map(\.document))
        var scores: [String: DocumentScores] = [:]
        for document in report.documents { scores[document.id] = document.scores }
        self.scores = scores
        var restatements: [String: [Restatement]] = [:]
        for finding in report.findings(of: .rewrittenSection) {
            guard let section = finding.sectionID, let original = finding.related.first(where: { $0.role == "original" }) else { continue }
            restatements[finding.documentID, default: []].append(Restatement(
                sectionID: section, originalDocument: original.documentID, originalSection: original.sectionID,
                similarity: finding.similarity ?? 0))
        }
        self.restatements = restatements
    }

    /// Scores of a document, when it has any worth showing.
    func scores(for id: String) -> DocumentScores? {
        guard let s = scores[id], s.repetition >= 0.05 || s.template >= 0.05 else { return nil }
        return s
    }

    /// Marks each rewritten section of `page` under its heading, linking to the section it restates.
    func annotate(_ page: SitePage, pagesByID: [String: SitePage], urls: URLBuilder) -> SitePage {
        guard let list = restatements[page.document.id], !list.isEmpty else { return page }
        var page = page
        var html = page.rendered.html
        for r in list {
            let note = noteHTML(r, in: page, pagesByID: pagesByID, urls: urls)
            // Sanitised feed content keeps no heading ids: fall back to the section's position among the headings.
            let ordinal = page.document.sections.firstIndex { $0.id == r.sectionID }
            guard let range = Self.headingEnd(of: r.sectionID, in: html) ?? ordinal.flatMap({ Self.headingEnd(ordinal: $0, in: html) }) else { continue }
            html.insert(contentsOf: "\n" + note, at: range)
        }
        page.rendered.html = html
        return page
    }

    private func noteHTML(_ r: Restatement, in page: SitePage, pagesByID: [String: SitePage], urls: URLBuilder) -> String {
        let similarity = String(format: "%.2f", r.similarity)
        let target = pagesByID[r.originalDocument]
        let number = target.flatMap { t in r.originalSection.flatMap { Self.sectionNumber($0, in: t.document) } }
        var where_ = number.map { "§ \($0)" } ?? "an earlier section"
        if let target, target.document.id != page.document.id { where_ += " of “\(HTML.escape(target.title))”" }
        var link = ""
        if let target, !target.path.isEmpty {
            // Sanitised entries keep no heading ids, so a link into one stops at the page.
            let fragment = target.kind == .entry ? nil : r.originalSection.map { "#" + $0 }
            link = urls.relative(target.path) + (fragment ?? "")
        }
        let text = "restates \(where_), similarity \(similarity)"
        let body = link.isEmpty ? text : "<a href=\"\(HTML.escapeAttribute(link))\">\(text)</a>"
        return "<p class=\"restatement\" role=\"note\">This section \(body).</p>"
    }

    /// "2" for the second top-level section, "2.1" below it; sections counted as the analysis does, by id.
    static func sectionNumber(_ id: String, in document: Document) -> String? {
        func walk(_ sections: [Section], prefix: String) -> String? {
            for (i, section) in sections.enumerated() {
                let number = prefix.isEmpty ? "\(i + 1)" : "\(prefix).\(i + 1)"
                if section.id == id { return number }
                if let found = walk(section.subsections, prefix: number) { return found }
            }
            return nil
        }
        return walk(document.root.subsections, prefix: "")
    }

    /// The index just after the closing tag of the heading whose id is `id`.
    static func headingEnd(of id: String, in html: String) -> String.Index? {
        guard let start = html.range(of: "id=\"\(HTML.escapeAttribute(id))\"") else { return nil }
        let before = html[..<start.lowerBound]
        guard let open = before.range(of: "<h", options: .backwards), html[open.upperBound].isNumber else { return nil }
        let level = html[open.upperBound]
        return html.range(of: "</h\(level)>", range: start.upperBound..<html.endIndex)?.upperBound
    }

    /// The index just after the closing tag of the `ordinal`-th (0-based) heading element.
    static func headingEnd(ordinal: Int, in html: String) -> String.Index? {
        var index = html.startIndex
        var seen = -1
        while let open = html.range(of: "<h", range: index..<html.endIndex) {
            index = open.upperBound
            guard index < html.endIndex, let level = html[index].wholeNumberValue, (1...6).contains(level) else { continue }
            seen += 1
            guard seen == ordinal else { continue }
            return html.range(of: "</h\(level)>", range: index..<html.endIndex)?.upperBound
        }
        return nil
    }

    /// One row of the site's repetition page: the site's own posts, or one followed feed.
    struct SourceRow: Sendable {
        var name: String
        var url: String
        var documents: Int
        var meanRepetition: Double
        var meanTemplate: Double
        var maxRepetition: Double
        var findings: Int
    }

    /// The site's posts and each ingested source, most repetitive first.
    func sourceRows(pages: [SitePage], urls: URLBuilder, siteTitle: String) -> [SourceRow] {
        var groups: [String: (url: String, ids: [String])] = [:]
        for page in pages {
            let slug = page.document.metadata.extra["source_slug"]?.stringValue
            let name = page.kind == .entry ? page.document.metadata.extra["source_name"]?.stringValue ?? "feed" : siteTitle
            let url = page.kind == .entry ? urls.relative("reading/\(slug ?? "")/") : urls.relative("")
            groups[name, default: (url, [])].ids.append(page.document.id)
        }
        var findingsByDocument: [String: Int] = [:]
        for finding in report.findings { findingsByDocument[finding.documentID, default: 0] += 1 }
        let rows = groups.map { name, group -> SourceRow in
            let all = group.ids.compactMap { scores[$0] }
            let n = Double(max(all.count, 1))
            return SourceRow(
                name: name, url: group.url, documents: group.ids.count,
                meanRepetition: all.reduce(0) { $0 + $1.repetition } / n, meanTemplate: all.reduce(0) { $0 + $1.template } / n,
                maxRepetition: all.map(\.repetition).max() ?? 0, findings: group.ids.reduce(0) { $0 + (findingsByDocument[$1] ?? 0) })
        }
        return rows.sorted { ($0.meanRepetition, $0.meanTemplate, $1.name) > ($1.meanRepetition, $1.meanTemplate, $0.name) }
    }
}
