import ArgumentParser
import Foundation
import SitegenAnalysis
import SitegenCore

/// `--emit-features` (the map stage, streamed shard by shard) and `--features … --candidates …` (verification,
/// clustering and the report over candidate pairs computed elsewhere).
extension AnalyzeCommand {
    /// Writes one feature shard per input chunk and the manifest; memory holds one chunk at a time.
    func emitFeatures(to folder: String) async throws {
        let writer = try FeatureShardWriter(folder: folder, gzip: gzip)
        var next = 0
        var failed = false
        for input in inputs {
            do {
                try await forEachChunk(of: input, size: chunkSize) { documents, source in
                    let records = FeatureExtractor.records(
                        documents, sources: Array(repeating: source, count: documents.count), firstIndex: next,
                        options: analysisOptions)
                    try writer.write(records)
                    next += records.count
                }
            } catch let error as SitegenError {
                Terminal.report(error)
                failed = true
            }
        }
        try writer.finish(documents: next, options: analysisOptions)
        if !quiet { Terminal.err("\(next) feature records in \(writer.shards.count) shards → \(folder)") }
        if failed { throw ExitCode(1) }
    }

    /// Reads the feature records shard by shard and the candidate pairs file by file (`FeatureReducer`: the
    /// corpus, not the decoded records, is what stays in memory) and writes the report.
    func analyzeCandidates(features folder: String) throws {
        var reducer = FeatureReducer(options: analysisOptions)
        var pairs = 0
        do {
            try FeatureShardReader.forEachShard(in: folder, options: analysisOptions) { records in
                do {
                    try reducer.add(records: records)
                } catch let error as CandidatePairError {
                    throw SitegenError(error.description, diagnostics: [.error(
                        error.description, at: SourceLocation(file: folder), rule: "analyze-features",
                        hint: "records must be in input order, as --emit-features writes them")])
                }
            }
            for path in candidatePaths {
                pairs += try FeatureShardReader.forEachPair(at: path) { try reducer.add($0) }
            }
        } catch let error as SitegenError {
            Terminal.report(error)
            throw ExitCode(1)
        }
        let report = reducer.report()
        try write(render(report))
        if !quiet {
            Terminal.err(TextReportRenderer.headline(report) + " (\(pairs) candidate pairs)" + (output.map { " → \($0)" } ?? ""))
        }
    }

    /// Calls `body` with the documents of `input` in chunks of at most `size` (a folder's files in sorted order;
    /// a feed or a single file is one chunk).
    func forEachChunk(of input: String, size: Int,
                      _ body: ([Document], String) async throws -> Void) async throws {
        var isDirectory: ObjCBool = false
        let local = !input.hasPrefix("http://") && !input.hasPrefix("https://")
        guard local, FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            let loaded = try await load(input)
            try await body(loaded.documents, loaded.source)
            return
        }
        let source = DocumentNaming.relative(input, fallback: (input as NSString).lastPathComponent)
        let files = try markdownFiles(in: input)
        var start = 0
        while start < files.count {
            let end = min(files.count, start + max(1, size))
            let documents = try files[start..<end].flatMap { try loadMarkdown($0, folder: input) }
            try await body(documents, source)
            start = end
        }
    }
}
