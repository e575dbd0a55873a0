import Foundation
import Testing
@testable import SitegenCLI

/// `sitegen build` exits 2 for what it must not do: a missing source folder, an output it refuses to replace.
@Suite struct BuildRefusalTests {
    @Test func aMissingSourceExitsTwo() async {
        #expect(await SitegenCommand.runMain(["build", "--source", "/nonexistent/sitegen-site", "--quiet"]) == 2)
    }

    @Test func anOutputAboveTheSourceExitsTwoAndDeletesNothing() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Content/posts"), withIntermediateDirectories: true)
        try Data("title: T\nbase_url: https://t.example/\n".utf8).write(to: site.appendingPathComponent("sitegen.yml"))
        try Data("---\ntitle: A\ndate: 2024-01-01\n---\nx\n".utf8).write(to: site.appendingPathComponent("Content/posts/a.md"))
        try Data("unrelated".utf8).write(to: parent.appendingPathComponent("thesis.tex"))
        #expect(await SitegenCommand.runMain(["build", "--source", site.path, "--output", parent.path, "--quiet"]) == 2)
        #expect(await SitegenCommand.runMain(["build", "--source", site.path, "--output", parent.path, "--force", "--quiet"]) == 2)
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("thesis.tex").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Content/posts/a.md").path))
        let docs = parent.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: docs.appendingPathComponent("notes.txt"))
        #expect(await SitegenCommand.runMain(["build", "--source", site.path, "--output", docs.path, "--quiet"]) == 2)
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("notes.txt").path))
        #expect(await SitegenCommand.runMain(["build", "--source", site.path, "--output", docs.path, "--force", "--quiet"]) == 0)
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("posts/a/index.html").path))
    }
}
