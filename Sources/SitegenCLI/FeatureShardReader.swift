import Foundation
import SitegenAnalysis
import SitegenCore

/// Reads a feature folder (manifest and shards, gzip-compressed or not) and candidate pair files as streams, one
/// shard or pair file in memory at a time; every error names the file and line.
enum FeatureShardReader {
    /// Calls `body` with the records of each shard of a feature folder in input order, checked against the
    /// manifest and `options`; one shard's records are decoded at a time. Returns the number of documents.
    @discardableResult
    static func forEachShard(in folder: String, options: AnalysisOptions, _ body: ([FeatureRecord]) throws -> Void) throws -> Int {
        let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
        let manifestData = try SitegenError.withContext("cannot read \(manifestPath)") {
            try Data(contentsOf: URL(fileURLWithPath: manifestPath))
        }
        guard let manifest = try? JSONDecoder().decode(FeatureManifest.self, from: manifestData) else {
            throw failure(manifestPath, line: 1, "not a feature manifest", hint: "run sitegen analyze --emit-features \(folder)")
        }
        guard manifest.schema == FeatureRecord.schemaVersion else {
            throw failure(manifestPath, line: 1, "feature schema \(manifest.schema); this sitegen reads schema \(FeatureRecord.schemaVersion)",
                          hint: "emit the features again with this sitegen")
        }
        guard manifest.units == FeatureManifest.units(options) else {
            throw failure(manifestPath, line: 1, "the features were made with other section or shingle sizes",
                          hint: "emit the features again with the options of this run")
        }
        let decoder = JSONDecoder()
        var count = 0
        for shard in manifest.shards {
            let path = (folder as NSString).appendingPathComponent(shard)
            var records: [FeatureRecord] = []
            try forEachLine(of: path) { line, number in
                let record: FeatureRecord
                do {
                    record = try decoder.decode(FeatureRecord.self, from: Data(line.utf8))
                } catch {
                    throw failure(path, line: number, "not a feature record (\(describe(error)))",
                                  hint: "the shard is damaged or was not written by sitegen analyze --emit-features")
                }
                if let problem = record.problem(expectedIndex: count) {
                    throw failure(path, line: number, problem, hint: "records must be in input order, as --emit-features writes them")
                }
                records.append(record)
                count += 1
            }
            try body(records)
        }
        guard count == manifest.documents else {
            throw failure(manifestPath, line: 1, "the manifest lists \(manifest.documents) documents, the shards hold \(count)",
                          hint: "the folder is incomplete: emit the features again")
        }
        return count
    }

    /// Calls `body` with each candidate pair of a file, or of every part file in a folder (Spark's `part-*.json`
    /// output), one file in memory at a time. Returns the number of pairs read.
    @discardableResult
    static func forEachPair(at path: String, _ body: (CandidatePair) throws -> Void) throws -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure(path, line: 0, "no such file or folder", hint: "give the pairs file or the folder the candidate job wrote")
        }
        var files = [path]
        if isDirectory.boolValue {
            files = try FileManager.default.contentsOfDirectory(atPath: path).filter { name in
                !name.hasPrefix(".") && !name.hasPrefix("_")
                    && [".json", ".jsonl", ".json.gz", ".jsonl.gz"].contains { name.hasSuffix($0) }
            }.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        let decoder = JSONDecoder()
        var count = 0
        for file in files {
            try forEachLine(of: file) { line, number in
                let pair: CandidatePair
                do {
                    pair = try CandidatePair.parse(line, decoder: decoder)
                } catch let error as CandidatePairError {
                    throw failure(file, line: number, error.description, hint: "one JSON object per line: {\"a\": \"doc:unit\", \"b\": \"doc:unit\", \"keys\": [...]}")
                }
                do {
                    try body(pair)
                } catch let error as CandidatePairError {
                    throw failure(file, line: number, error.description, hint: "the pairs must come from the same --emit-features run as the features")
                }
                count += 1
            }
        }
        return count
    }

    /// Calls `body` with each non-empty line and its 1-based number.
    private static func forEachLine(of path: String, _ body: (String, Int) throws -> Void) throws {
        let data = try contents(of: path)
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { continue }
            try body(String(decoding: line, as: UTF8.self), number)
        }
    }

    private static func contents(of path: String) throws -> Data {
        guard path.hasSuffix(".gz") else {
            return try SitegenError.withContext("cannot read \(path)") { try Data(contentsOf: URL(fileURLWithPath: path)) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FeatureShardWriter.gzipPath)
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try SitegenError.withContext("cannot run \(FeatureShardWriter.gzipPath) on \(path)") { try process.run() }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw failure(path, line: 0, "not a readable gzip file", hint: "the shard is damaged: emit the features again")
        }
        return data
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        if case DecodingError.valueNotFound(_, let context) = error {
            return "null at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        return "not JSON"
    }

    private static func failure(_ file: String, line: Int, _ message: String, hint: String) -> SitegenError {
        SitegenError("\(file): \(message)", diagnostics: [.error(
            message, at: SourceLocation(file: file, line: line, column: line > 0 ? 1 : 0), rule: "analyze-features", hint: hint)])
    }
}
