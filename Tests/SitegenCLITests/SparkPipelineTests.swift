import Foundation
import Testing
@testable import SitegenCLI

/// The distributed path end to end on a generated corpus with planted copies and rewrites: `--emit-features`,
/// the Spark job in local mode, `--features … --candidates …` — its JSON report must be byte-identical to the
/// in-process report. Skipped (with the reason printed) when PySpark, Java or the shared corpus generator is
/// missing; `make test-deps` installs them.
@Suite(.serialized) struct SparkPipelineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Posts generated: 1000 keep the debug-build test within a couple of minutes of CI time (Spark's local
    /// mode alone takes ≈ 30 s on two idle cores); SITEGEN_SPARK_TEST_POSTS overrides it.
    static let posts = ProcessInfo.processInfo.environment["SITEGEN_SPARK_TEST_POSTS"].flatMap(Int.init) ?? 1000

    static var generator: URL? {
        [packageRoot.appendingPathComponent("../shared/bench/gen_corpus.py"), URL(fileURLWithPath: "/work/shared/bench/gen_corpus.py")]
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Why the test cannot run here, or nil.
    static func missingPrerequisite() -> String? {
        guard generator != nil else { return "the shared corpus generator (../shared/bench/gen_corpus.py) is absent" }
        guard let java = try? run("java", ["-version"]), java.status == 0 else { return "Java is not installed (apt-get install default-jre-headless)" }
        guard let spark = try? run("python3", ["-c", "import pyspark"]), spark.status == 0 else {
            return "PySpark is not installed (python3 -m pip install pyspark)"
        }
        return nil
    }

    @Test func sparkCandidatesGiveTheInProcessReport() async throws {
        if let missing = Self.missingPrerequisite() {
            print("skipped: \(missing)")
            return
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-spark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus"), planted = root.appendingPathComponent("planted")
        let generated = try Self.run("python3", [Self.generator!.path, "--n", "\(Self.posts)", "--out", corpus.path])
        #expect(generated.status == 0, "\(generated.output)")
        let plant = try Self.run("python3", [
            Self.packageRoot.appendingPathComponent("bench/plant_rewrites.py").path, "--corpus",
            corpus.appendingPathComponent("N\(Self.posts)/posts").path, "--out", planted.path, "--seed", "7",
            "--gen-corpus", Self.generator!.path,
        ])
        #expect(plant.status == 0, "\(plant.output)")
        let posts = planted.appendingPathComponent("posts").path
        let inProcess = root.appendingPathComponent("in-process.json").path
        let split = root.appendingPathComponent("split.json").path
        let features = root.appendingPathComponent("features").path
        let pairs = root.appendingPathComponent("pairs").path
        #expect(await SitegenCommand.runMain(["analyze", posts, "--format", "json", "--output", inProcess, "--quiet"]) == 0)
        #expect(await SitegenCommand.runMain([
            "analyze", posts, "--emit-features", features, "--chunk-size", "\(Self.posts / 3 + 1)", "--gzip", "--quiet",
        ]) == 0)
        let shards = try FileManager.default.contentsOfDirectory(atPath: features).filter { $0.hasSuffix(".jsonl.gz") }
        #expect(shards.count == 3)
        let job = try Self.run("python3", [
            Self.packageRoot.appendingPathComponent("scale/spark_candidates.py").path, features, pairs, "--master", "local[2]",
        ])
        #expect(job.status == 0, "\(job.output.suffix(3000))")
        #expect(await SitegenCommand.runMain([
            "analyze", "--features", features, "--candidates", pairs, "--format", "json", "--output", split, "--quiet",
        ]) == 0)
        let expected = try Data(contentsOf: URL(fileURLWithPath: inProcess))
        let actual = try Data(contentsOf: URL(fileURLWithPath: split))
        let report = try #require(try JSONSerialization.jsonObject(with: expected) as? [String: Any])
        let clusters = try #require(report["rewriteClusters"] as? [Any])
        #expect(clusters.count >= Self.posts / 50, "the planted copies and rewrites are found")
        #expect(actual == expected, "the split run's report differs from the in-process report")
    }
}
