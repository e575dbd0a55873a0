import Foundation
import Testing
import SitegenSite
import SitegenCore
@testable import SitegenCLI

@Suite(.serialized) struct NewCommandTests {
    static func temporary() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-new-\(UUID().uuidString)")
    }

    @Test func aNewSiteBuildsStrictlyWithNoDiagnosticsAndPassesLint() async throws {
        let root = Self.temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await SitegenCommand.runMain(["new", "site", root.path, "--title", "Lab \"Notes\"", "--base-url", "https://lab.example.org/notes/"]) == 0)
        for path in ["sitegen.yml", "Content/references.bib", "Content/pages/about.md", ".gitignore", ".github/workflows/publish.yml"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        let posts = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Content/posts").path)
        let bundle = try #require(posts.first)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/posts/\(bundle)/index.md").path), "the first post is a page bundle")
        let summary = try SiteBuilder(options: BuildOptions(source: root, strict: true)).build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let page = try String(contentsOf: root.appendingPathComponent("Site/posts/hello-world/index.html"), encoding: .utf8)
        #expect(page.contains("<figure") && page.contains("Figure 1") && page.contains("Knuth"), "figure, cross-reference and citation render")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/posts/hello-world/loop.svg").path))
        let sarif = root.appendingPathComponent("lint.sarif")
        #expect(await SitegenCommand.runMain(["lint", "--source", root.path, "--format", "sarif=\(sarif.path)", "--fail-on", "note"]) == 0)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any]
        let results = ((report?["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? ["missing"]
        #expect(results.isEmpty, "lint finds nothing in a new site: \(results)")
        // The folder is not empty now: a second `new site` refuses and changes nothing.
        let before = try Data(contentsOf: root.appendingPathComponent("sitegen.yml"))
        #expect(await SitegenCommand.runMain(["new", "site", root.path]) == 1)
        #expect(try Data(contentsOf: root.appendingPathComponent("sitegen.yml")) == before)
    }

    @Test func theBlogWorkflowPinsSitegenCachesItAndNeverBlocksOrCancelsADeploy() throws {
        let text = PublishWorkflow.text(repository: "https://git.example.org/sitegen.git", version: "v9.8.7")
        let top = text.components(separatedBy: "jobs:")[0]
        #expect(top.contains("SITEGEN_REPOSITORY: https://git.example.org/sitegen.git") && top.contains("SITEGEN_VERSION: v9.8.7"))
        #expect(text.contains("git clone --depth 1 --branch \"$SITEGEN_VERSION\" \"$SITEGEN_REPOSITORY\""))
        #expect(text.contains("uses: actions/cache@v4") && text.contains("key: sitegen-${{ env.SITEGEN_VERSION }}"))
        #expect(text.contains("key: sitegen-${{ env.SITEGEN_VERSION }}-${{ runner.os }}"), "cached per version and OS")
        #expect(text.contains("path: ~/.cache/sitegen/${{ env.SITEGEN_VERSION }}") && text.contains("bin=\"$HOME/.cache/sitegen/$SITEGEN_VERSION\""),
                "the cached folder is the one the install step fills")
        let download = try #require(text.range(of: "/releases/download/$SITEGEN_VERSION/"))
        let clone = try #require(text.range(of: "git clone"))
        #expect(download.lowerBound < clone.lowerBound, "a release binary first, the source only without one")
        #expect(text.contains("swift build -c release --package-path"))
        #expect(text.contains("sitegen build --strict"))
        let lint = try #require(text.range(of: "name: Lint the content"))
        let upload = try #require(text.range(of: "name: Upload lint results"))
        #expect(text[lint.upperBound..<upload.lowerBound].contains("continue-on-error: true"))
        #expect(text[upload.upperBound...].prefix(200).contains("continue-on-error: true"))
        #expect(text.contains("group: pages-${{ github.ref }}"))
        #expect(text.contains("cancel-in-progress: ${{ github.event_name == 'pull_request' }}"))
        #expect(text.contains("uses: actions/deploy-pages@v4") && text.contains("github.ref == 'refs/heads/main'"))
        #expect(!text.contains("Package.swift") && !text.contains("Sources/"), "the blog does not hold sitegen's sources")

        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let tool = path.split(separator: ":").map({ "\($0)/check-jsonschema" }).first(where: FileManager.default.isExecutableFile) else {
            print("skipped: check-jsonschema is not installed")
            return
        }
        let file = Self.temporary().appendingPathExtension("yml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--builtin-schema", "vendor.github-workflows", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }

    @Test func newPostIsDatedSluggedAndNeverOverwrites() async throws {
        let root = Self.temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/posts"), withIntermediateDirectories: true)
        try Data("title: T\nbase_url: https://t.example/\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        let date = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14
        let file = try NewPost(title: "Über: the \"Résumé\" of X", date: date).create(in: root)
        #expect(file.lastPathComponent == "2023-11-14-uber-the-resume-of-x.md" || file.lastPathComponent.hasPrefix("2023-11-14-"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Über: the \\\"Résumé\\\" of X\"\ndate: 2023-11-14\n"))
        try Data("my words".utf8).write(to: file)
        // Same title: refused (same slug, same URL), the file untouched, whatever the date.
        #expect(throws: SitegenError.self) { try NewPost(title: "Über: the \"Résumé\" of X", date: date).create(in: root) }
        #expect(throws: SitegenError.self) { try NewPost(title: "Über: the \"Résumé\" of X", bundle: true).create(in: root) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "my words")
        let draft = try NewPost(title: "Work in progress", bundle: true, draft: true, date: date).create(in: root)
        #expect(draft.lastPathComponent == "index.md" && draft.deletingLastPathComponent().lastPathComponent == "2023-11-14-work-in-progress")
        #expect(try String(contentsOf: draft, encoding: .utf8).contains("draft: true"))
        // Through the command line: exit 1 on a clash.
        #expect(await SitegenCommand.runMain(["new", "post", "Work in progress", "--source", root.path]) == 1)
        #expect(await SitegenCommand.runMain(["new", "post", "Another one", "--source", root.path]) == 0)
        // The drafts build only with --drafts; the others build as they are.
        try Data("---\ntitle: Kept\ndate: 2023-11-14\n---\nx\n".utf8).write(to: file)
        _ = try SiteBuilder(options: BuildOptions(source: root, now: Date(timeIntervalSince1970: 1_900_000_000))).build()
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/posts/work-in-progress/index.html").path))
        _ = try SiteBuilder(options: BuildOptions(source: root, includeDrafts: true, now: Date(timeIntervalSince1970: 1_900_000_000))).build()
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/posts/work-in-progress/index.html").path))
    }
}
