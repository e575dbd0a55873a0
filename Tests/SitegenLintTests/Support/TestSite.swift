import Foundation

/// A small site written into a temporary folder, and the built `sitegen` binary run on it.
struct TestSite {
    let root: URL

    /// Writes `files` (path relative to the site root → text) into a new temporary folder.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-lint-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The `sitegen` binary of this build, if it was built (`swift build --build-tests` builds it).
    static var binary: URL? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = package.appendingPathComponent(".build/debug/sitegen")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// Runs `sitegen lint ARGS` in the site root.
    func lint(_ arguments: [String]) throws -> ExternalTool.Output {
        guard let binary = Self.binary else { throw SkipError() }
        return try ExternalTool.run(binary.path, ["lint"] + arguments, in: root)
    }

    struct SkipError: Error {}
}
