import Foundation
import SitegenCore
import Testing
@testable import SitegenCLI

@Suite(.serialized) struct CommandLineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func buildExitCodesAreZeroOneAndTwo() async throws {
        let good = try Self.site(["sitegen.yml": "title: T\nbase_url: https://t.example/\n", "Content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nx\n"])
        let bad = try Self.site(["sitegen.yml": "title: T\nbase_url: https://t.example/\n", "Content/posts/a.md": "---\ntitle: [oops\n---\nx\n"])
        defer {
            try? FileManager.default.removeItem(at: good)
            try? FileManager.default.removeItem(at: bad)
        }
        #expect(await SitegenCommand.runMain(["build", "--source", good.path, "--quiet"]) == 0)
        #expect(FileManager.default.fileExists(atPath: good.appendingPathComponent("Site/posts/a/index.html").path))
        #expect(await SitegenCommand.runMain(["build", "--source", bad.path, "--quiet"]) == 1)
        #expect(!FileManager.default.fileExists(atPath: bad.appendingPathComponent("Site").path))
        #expect(await SitegenCommand.runMain(["build", "--no-such-option"]) == 2)
        #expect(await SitegenCommand.runMain(["frobnicate"]) == 2)
    }

    @Test func diagnosticsPastTheLimitAreCountedAndTheOptionThatShowsThemIsNamed() async throws {
        let diagnostics = (1...30).map { n in
            Diagnostic(.warning, "w\(n)", at: SourceLocation(file: "a.md", line: n, column: 1), rule: "some-rule")
        } + [Diagnostic(.warning, "other", at: SourceLocation(file: "b.md", line: 1, column: 1), rule: "other-rule")]
        let limited = Terminal.lines(diagnostics, perRule: 25, showAll: "--all-diagnostics", colour: false)
        #expect(limited.count == 27)
        #expect(limited.last == "… and 5 more [some-rule] (--all-diagnostics shows them)")
        let all = Terminal.lines(diagnostics, perRule: nil, showAll: "--all-diagnostics", colour: false)
        #expect(all.count == 31 && !all.contains { $0.hasPrefix("…") })
        let site = try Self.site(["sitegen.yml": "title: T\nbase_url: https://t.example/\n", "Content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nx\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(await SitegenCommand.runMain(["build", "--source", site.path, "--quiet", "--all-diagnostics"]) == 0)
    }

    @Test func thePublishWorkflowLintsAndIsAValidGitHubWorkflow() throws {
        let workflow = Self.packageRoot.appendingPathComponent(".github/workflows/publish.yml")
        let text = try String(contentsOf: workflow, encoding: .utf8)
        #expect(text.contains("sitegen lint") && text.contains("--format github,sarif=sitegen.sarif"))
        #expect(text.contains("upload-sarif") && text.contains("deploy-pages"))
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let tool = path.split(separator: ":").map({ "\($0)/check-jsonschema" }).first(where: FileManager.default.isExecutableFile) else {
            print("skipped: check-jsonschema is not installed")
            return
        }
        // Every workflow of the repository: publish.yml and release.yml.
        let folder = workflow.deletingLastPathComponent()
        let workflows = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(workflows.contains("release.yml"))
        let release = try String(contentsOf: folder.appendingPathComponent("release.yml"), encoding: .utf8)
        #expect(release.contains("swift build -c release --static-swift-stdlib") && release.contains("sitegen-$TAG-linux-$(uname -m).tar.gz"),
                "the release archive has the name the blog workflow downloads")
        #expect(text.contains("group: pages-${{ github.ref }}") && text.contains("sitegen build --strict"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--builtin-schema", "vendor.github-workflows"] + workflows.map { folder.appendingPathComponent($0).path }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
