import SitegenCore

/// Tags whose names differ but whose pages would share one URL (`Data-Science` and `data science` are one tag;
/// `R&D` and `R-D` are two names for `tags/r-d/`): the second name is merged into the first, and reported.
enum TagSlugCheck {
    /// One warning per tag name that lands on a slug another name took first, at the front matter line naming it.
    static func diagnostics(_ pages: [SitePage]) -> [Diagnostic] {
        var first: [String: (name: String, page: String)] = [:]
        var reported: Set<String> = []
        var out: [Diagnostic] = []
        for page in pages where page.kind == .post {
            for tag in page.document.metadata.tags {
                let slug = Slugger.tagSlug(tag)
                guard !slug.isEmpty else { continue }
                guard let taken = first[slug] else {
                    first[slug] = (tag, page.sourcePath)
                    continue
                }
                guard loose(taken.name) != loose(tag), reported.insert(slug + "\u{0}" + tag).inserted else { continue }
                out.append(.warning(
                    "tags '\(taken.name)' (\(taken.page)) and '\(tag)' share the page tags/\(slug)/ and are merged",
                    at: location(of: tag, in: page), rule: "tag-slug-collision",
                    hint: "use one spelling for the tag, or rename one of them so their URLs differ"))
            }
        }
        return out
    }

    /// A tag name with case, spaces, hyphens and underscores ignored: spellings that are meant as one tag.
    private static func loose(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
    }

    /// The front matter line naming the tag, else the file's first line.
    private static func location(of tag: String, in page: SitePage) -> SourceLocation {
        var number = 0
        var fences = 0
        for line in page.sourceText.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                fences += 1
                if fences == 2 { break }
                continue
            }
            if let range = line.range(of: tag) {
                return SourceLocation(file: page.sourcePath, line: number, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: page.sourcePath, line: 1, column: 1)
    }
}
