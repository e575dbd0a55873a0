import SitegenCore
@testable import SitegenLint

/// Runs one rule on one of its examples: strips the `↓` markers, parses the Markdown files with `parse`,
/// reads bibliography files by key, and returns the marker positions and the rule's finding positions.
struct ExampleHarness: Sendable {
    /// Markdown → Document, supplied by the test (SitegenMarkdown's parser).
    var parse: @Sendable (_ text: String, _ path: String, _ id: String) -> (Document, [Diagnostic])

    struct Outcome {
        var expected: [SourceLocation]
        var found: [SourceLocation]
        var messages: [String]
    }

    func run(_ rule: any LintRule.Type, _ example: RuleExample) -> Outcome {
        let (files, markers) = example.stripped
        var context = LintContext(documents: [])
        var bibliography: [BibliographyInventory.Entry] = []
        var outputFiles: Set<String> = []
        for file in files {
            context.sources[file.path] = file.text
            if Self.isImage(file.path) {
                outputFiles.insert(file.path.hasPrefix("Content/static/") ? "/" + file.path.dropFirst("Content/static/".count) : String(file.path))
            } else if Self.isBibliography(file.path) {
                bibliography += BibliographyInventory.scanKeys(file.text, path: file.path)
            } else {
                let id = String(file.path.dropFirst("Content/".count).dropLast(".md".count))
                let (document, diagnostics) = parse(file.text, file.path, id)
                context.documents.append(document)
                context.stageDiagnostics += diagnostics
            }
        }
        if let keys = example.bibliography {
            bibliography += keys.enumerated().map { .init(key: $1, location: SourceLocation(file: "Content/references.bib", line: $0 + 1, column: 1)) }
        }
        if example.bibliography != nil || files.contains(where: { Self.isBibliography($0.path) }) {
            context.bibliography = BibliographyInventory(entries: bibliography)
        }
        // Images named in an example are the site's files (static ones at their URL, bundle ones beside their page).
        var site = SiteInventory.derived(from: context.documents, config: SiteConfig())
        site.files = Set(outputFiles.map { path in
            guard path.hasPrefix("Content/"), let slash = path.lastIndex(of: "/") else { return path }
            return (site.urlBySourcePath[path[..<slash] + "/index.md"] ?? "/") + path[path.index(after: slash)...]
        })
        context.site = site
        var configuration = LintConfiguration(rules: [rule])
        var settings = configuration.configuration(for: rule)
        settings.options.merge(example.configuration) { $1 }
        configuration.rules[rule.description.id] = settings
        let result = Linter(configuration: configuration, rules: [rule]).lint(context)
        let found = result.findings.compactMap(\.location)
        return Outcome(expected: markers.sorted(), found: found.sorted(), messages: result.findings.map { $0.diagnostic.headline })
    }

    /// Feed examples (`feeds/…`) need the feed reader; they run through the built binary instead.
    static func isFeed(_ path: String) -> Bool {
        path.hasPrefix("feeds/")
    }

    static func isImage(_ path: String) -> Bool {
        path.hasSuffix(".png") || path.hasSuffix(".jpg") || path.hasSuffix(".svg")
    }

    static func isBibliography(_ path: String) -> Bool {
        path.hasPrefix("Content/") && !path.hasSuffix(".md") && (path.hasSuffix(".bib") || path.hasSuffix(".bibtex") || path.hasSuffix(".json") || path.hasSuffix(".yaml"))
    }
}
