import Foundation
import SitegenAnalysis
import SitegenCore

/// Writes feature records as JSON Lines shards (`features-00000.jsonl`, optionally gzip-compressed by the system
/// `gzip`) and, last, `manifest.json` naming the shards, the schema version and the candidate rule's caps.
/// Refuses a folder holding anything but an earlier feature run (whose shards it replaces).
final class FeatureShardWriter {
    let folder: String
    let gzip: Bool
    private(set) var shards: [String] = []
    private let encoder: JSONEncoder

    init(folder: String, gzip: Bool) throws {
        self.folder = folder
        self.gzip = gzip
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Self.error(folder, "is a file, not a folder") }
            let entries = try manager.contentsOfDirectory(atPath: folder)
            let ours = entries.filter { $0 == "manifest.json" || Self.isShard($0) }
            guard ours.count == entries.count, entries.isEmpty || entries.contains("manifest.json") else {
                throw Self.error(folder, "is not empty and holds no earlier feature records (no manifest.json)")
            }
            for entry in ours { try manager.removeItem(atPath: (folder as NSString).appendingPathComponent(entry)) }
        } else {
            try SitegenError.withContext("cannot create \(folder)") {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }
        if gzip, !manager.isExecutableFile(atPath: Self.gzipPath) {
            throw Self.error(folder, "--gzip needs \(Self.gzipPath)")
        }
    }

    static let gzipPath = "/usr/bin/gzip"

    static func isShard(_ name: String) -> Bool {
        name.hasPrefix("features-") && (name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz"))
    }

    /// Writes one shard.
    func write(_ records: [FeatureRecord]) throws {
        var data = Data()
        for record in records {
            data.append(try encoder.encode(record))
            data.append(0x0A)
        }
        let name = String(format: "features-%05d.jsonl", shards.count)
        let path = (folder as NSString).appendingPathComponent(name)
        try SitegenError.withContext("cannot write \(path)") { try data.write(to: URL(fileURLWithPath: path)) }
        if gzip {
            try Self.run(Self.gzipPath, ["-f", "-n", path], context: path)
            shards.append(name + ".gz")
        } else {
            shards.append(name)
        }
    }

    /// Writes the manifest (the folder is complete once it exists).
    func finish(documents: Int, options: AnalysisOptions) throws {
        let manifest = FeatureManifest(documents: documents, shards: shards, options: options)
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(manifest)
        try SitegenError.withContext("cannot write \(path)") { try data.write(to: URL(fileURLWithPath: path), options: .atomic) }
    }

    static func run(_ tool: String, _ arguments: [String], context: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try SitegenError.withContext("cannot run \(tool) on \(context)") { try process.run() }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SitegenError("\(tool) failed on \(context) (exit \(process.terminationStatus))")
        }
    }

    static func error(_ folder: String, _ message: String) -> SitegenError {
        SitegenError("\(folder) \(message)", diagnostics: [.error(
            "\(folder) \(message)", at: SourceLocation(file: folder), rule: "analyze-features",
            hint: "give --emit-features a new or empty folder, or one an earlier --emit-features wrote")])
    }
}
