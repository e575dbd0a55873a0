import Foundation
import SitegenCore
@testable import SitegenSite

/// A small site written into a temporary folder, built, and read back: the whole-site test harness.
struct TestSite {
    let root: URL

    /// Writes `files` (relative path → text) into a new temporary site root.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// A site already on disk at `root`.
    init(root: URL) {
        self.root = root
    }

    var output: URL { root.appendingPathComponent("Site") }

    /// Builds with a fixed "now" so future-dated posts are deterministic.
    @discardableResult
    func build(drafts: Bool = false, strict: Bool = false, baseURL: String? = nil, now: Date = Date(timeIntervalSince1970: 1_900_000_000)) throws -> BuildSummary {
        try SiteBuilder(options: BuildOptions(source: root, includeDrafts: drafts, baseURL: baseURL, strict: strict, now: now)).build()
    }

    /// Builds and returns the error; nil when the build succeeded.
    func failure(strict: Bool = false) -> SitegenError? {
        do {
            try build(strict: strict)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            return SitegenError("\(error)")
        }
    }

    /// The text of an output file, or nil when it does not exist.
    func file(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every output file, relative, sorted.
    func outputFiles() -> [String] {
        ContentScanner.files(under: output)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static let config = "title: Lab Notes\nbase_url: https://lab.example.org/\ndescription: A research group blog\n"

    static func post(_ title: String, date: String = "2024-03-05", tags: [String] = [], body: String = "Some text.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\ntags: [\(tags.joined(separator: ", "))]\n---\n\n\(body)\n"
    }
}
