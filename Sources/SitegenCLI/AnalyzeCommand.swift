import ArgumentParser
import Foundation
import SitegenAnalysis
import SitegenCore
import SitegenFeeds
import SitegenMarkdown
import SitegenSite

/// `sitegen analyze`: runs the analysis engine on posts and feeds and prints a report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find rewritten sections, templates and repeated claims in posts or feeds.",
        discussion: """
            Reads Markdown files (.md, .markdown, .qmd), folders of them (searched recursively), feed files (RSS, Atom, \
            JSON Feed) and feed URLs, analyses them together and prints a report: text (a ranked summary and every \
            finding), json (the schema in docs/analysis.md), html (a self-contained page), or the site claim graph \
            as mermaid or dot. Exit code 1 when an input cannot be read (the others are still analysed), 2 for \
            usage errors.

            For collections beyond one machine (docs/scaling.md): --emit-features DIR writes each document's feature \
            record (JSON Lines, one shard per input chunk) instead of a report; --features DIR --candidates PAIRS… \
            reads them back with candidate pairs computed elsewhere (scale/spark_candidates.py) and writes the same \
            report the in-process run writes.
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, mermaid, dot
    }

    @Argument(help: ArgumentHelp("Markdown files, folders, feed files or feed URLs.", valueName: "path-or-url"))
    var inputs: [String] = []

    @Option(name: [.customShort("f"), .long], help: "Report format: text, json, html, mermaid or dot.")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Do not report causal claims that lack a citation or link.")
    var noUnsupportedClaims = false

    @Flag(name: .long, help: "Read a later section's WordNet synonyms of an earlier section's words as those words when looking for paraphrases.")
    var synonyms = false

    @Flag(name: [.customShort("q"), .long], help: "Print only errors.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "Write the documents' feature records (JSON Lines shards and manifest.json) to this folder instead of a report.",
        valueName: "dir"))
    var emitFeatures: String?

    @Flag(name: .long, help: "Compress the feature shards with gzip (with --emit-features).")
    var gzip = false

    @Option(name: .long, help: ArgumentHelp("Documents per feature shard for folders of posts (with --emit-features).",
                                            valueName: "n"))
    var chunkSize = 1000

    @Option(name: .long, help: ArgumentHelp("Read the documents from this feature folder (with --candidates).", valueName: "dir"))
    var features: String?

    @Option(name: .customLong("candidates"), parsing: .upToNextOption, help: ArgumentHelp(
        "Verify these candidate pairs (JSON Lines files or folders of part files) instead of generating them.",
        valueName: "pairs"))
    var candidatePaths: [String] = []

    func validate() throws {
        if features != nil || !candidatePaths.isEmpty {
            guard features != nil, !candidatePaths.isEmpty else {
                throw ValidationError("--features and --candidates go together: the feature folder and the pairs computed from it")
            }
            guard inputs.isEmpty, emitFeatures == nil else {
                throw ValidationError("with --features the documents come from the feature folder: give no inputs and no --emit-features")
            }
            return
        }
        guard !inputs.isEmpty else { throw ValidationError("give at least one Markdown file, folder, feed file or feed URL") }
        guard chunkSize > 0 else { throw ValidationError("--chunk-size must be at least 1") }
    }

    /// The analysis options of this run.
    var analysisOptions: AnalysisOptions {
        var options = AnalysisOptions()
        options.reportUnsupportedClaims = !noUnsupportedClaims
        options.matchSynonyms = synonyms
        return options
    }

    func run() async throws {
        if let emitFeatures {
            try await self.emitFeatures(to: emitFeatures)
            return
        }
        if let features {
            try analyzeCandidates(features: features)
            return
        }
        var failed = false
        var documents: [Document] = []
        var sources: [String] = []
        for input in inputs {
            do {
                let loaded = try await load(input)
                documents += loaded.documents
                sources += Array(repeating: loaded.source, count: loaded.documents.count)
            } catch let error as SitegenError {
                Terminal.report(error)
                failed = true
            }
        }
        if failed && documents.isEmpty { throw ExitCode(1) }
        let report = Analyzer(options: analysisOptions).analyze(documents, sources: sources)
        try write(render(report))
        if !quiet {
            Terminal.err(TextReportRenderer.headline(report) + (output.map { " → \($0)" } ?? ""))
        }
        if failed { throw ExitCode(1) }
    }

    func render(_ report: AnalysisReport) -> String {
        switch format {
        case .text: return TextReportRenderer.render(report)
        case .json: return JSONReportRenderer.render(report)
        case .html: return HTMLReportRenderer.render(report)
        case .mermaid: return ClaimGraphExporter.mermaid(report.claimGraph)
        case .dot: return ClaimGraphExporter.dot(report.claimGraph)
        }
    }

    func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.report(SitegenError("cannot write \(output): \(error.localizedDescription)"))
            throw ExitCode(1)
        }
    }
}

extension AnalyzeCommand {
    /// File extensions read as Markdown; every other file is read as a feed.
    static let markdownExtensions: Set<String> = ["md", "markdown", "qmd"]

    /// The documents of one input and the source they belong to: a URL (a feed, or Markdown when it ends in
    /// .md), a folder (one source: its posts), or a file (a feed, or a Markdown post whose source is its folder).
    func load(_ input: String) async throws -> (documents: [Document], source: String) {
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            return (try await loadURL(input), DocumentNaming.feedName(input))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw SitegenError("\(input): no such file or folder", diagnostics: [.error(
                "no such file or folder", at: SourceLocation(file: input), rule: "analyze-input",
                hint: "give a Markdown file, a folder of them, a feed file or an http(s) feed URL")])
        }
        if isDirectory.boolValue {
            let documents = try markdownFiles(in: input).flatMap { try loadMarkdown($0, folder: input) }
            return (documents, DocumentNaming.relative(input, fallback: (input as NSString).lastPathComponent))
        }
        if Self.markdownExtensions.contains((input as NSString).pathExtension.lowercased()) {
            let folder = (input as NSString).deletingLastPathComponent
            return (try loadMarkdown(input, folder: nil), DocumentNaming.relative(folder.isEmpty ? "." : folder, fallback: folder))
        }
        return (try await loadFeed(input), DocumentNaming.feedName(input))
    }

    private func loadURL(_ url: String) async throws -> [Document] {
        if Self.markdownExtensions.contains((URL(string: url)?.pathExtension ?? "").lowercased()) {
            let result: FetchResult
            do {
                result = try await FeedFetcher().fetch(url)
            } catch {
                throw SitegenError("failed to fetch \(url): \(error)")
            }
            return markdown(String(decoding: result.body, as: UTF8.self), path: url, id: url)
        }
        return try await loadFeed(url)
    }

    private func loadFeed(_ location: String) async throws -> [Document] {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let feed = try await FeedIngestor.inspect(location, relativeTo: root)
        if !quiet { Terminal.report(feed.issues) }
        return DocumentNaming.renameFeedEntries(FeedDocumentConverter.documents(for: feed), feed: location)
    }

    func loadMarkdown(_ path: String, folder: String?) throws -> [Document] {
        let text = try SitegenError.withContext("cannot read \(path)") {
            try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        }
        return markdown(text, path: path, id: DocumentNaming.markdownID(path, folder: folder))
    }

    private func markdown(_ text: String, path: String, id: String) -> [Document] {
        let parsed = MarkdownParser().parse(text, path: path, id: id)
        if !quiet { Terminal.report(parsed.diagnostics.filter { $0.severity >= .warning }) }
        return [parsed.document]
    }

    /// Markdown files under a folder, sorted so the report does not depend on the file system's order.
    func markdownFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw SitegenError("cannot read the folder \(folder)")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if Self.markdownExtensions.contains((relative as NSString).pathExtension.lowercased()) {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
