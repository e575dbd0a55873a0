import Foundation

/// A fresh temporary folder per test, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` as UTF-8 to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

/// The shared corpus of real feeds, read in place (never copied into the repository).
enum SharedCorpus {
    /// `../shared/corpus/feeds` relative to the package root, i.e. /work/shared/corpus/feeds for a worktree.
    static var directory: URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let candidates = [
            url.deletingLastPathComponent().appendingPathComponent("shared/corpus/feeds"),
            url.appendingPathComponent("../shared/corpus/feeds").standardizedFileURL,
            url.appendingPathComponent("../../shared/corpus/feeds").standardizedFileURL,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Paths of the corpus feeds, empty when the corpus is absent.
    static var feeds: [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0).path }
    }
}
