import Foundation
import Testing
import SitegenCore
import SitegenSite
@testable import SitegenCLI

@Suite(.serialized) struct ThemeExportTests {
    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-theme-\(UUID().uuidString)")
        let files = [
            "sitegen.yml": "title: T\nbase_url: https://t.example/notes/\n",
            "Content/posts/2024-01-01-a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nSome text.\n\n## Part\n\nMore.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\nWho we are.\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func outputs(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in FileTree.files(under: folder) { out[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        return out
    }

    @Test func exportedFilesAreTheThemeTheSiteIsBuiltWith() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await SitegenCommand.runMain(["build", "--source", root.path, "--quiet", "--no-cache"]) == 0)
        let before = try Self.outputs(root.appendingPathComponent("Site"))
        #expect(await SitegenCommand.runMain(["theme", "export", "--source", root.path]) == 0)
        let theme = root.appendingPathComponent("Themes/default")
        for file in ["templates/base.mustache", "templates/post.mustache", "templates/list.mustache", "templates/search.mustache", "assets/style.css", "assets/search.js"] {
            #expect(FileManager.default.fileExists(atPath: theme.appendingPathComponent(file).path), "\(file)")
        }
        // Built from the exported files, the site is byte for byte the same: they are the built-in theme.
        #expect(await SitegenCommand.runMain(["build", "--source", root.path, "--quiet", "--no-cache"]) == 0)
        #expect(try Self.outputs(root.appendingPathComponent("Site")) == before)
        // A change to an exported template shows.
        let post = theme.appendingPathComponent("templates/post.mustache")
        try Data(try String(contentsOf: post, encoding: .utf8).replacingOccurrences(of: "<article class=\"post", with: "<article data-mine class=\"post").utf8).write(to: post)
        #expect(await SitegenCommand.runMain(["build", "--source", root.path, "--quiet", "--no-cache"]) == 0)
        #expect(try String(contentsOf: root.appendingPathComponent("Site/posts/a/index.html"), encoding: .utf8).contains("<article data-mine"))
    }

    @Test func itNeverOverwritesWithoutForceAndNeverWritesIntoContent() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("Themes/default")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let mine = theme.appendingPathComponent("templates/post.mustache")
        try Data("my post template".utf8).write(to: mine)
        #expect(await SitegenCommand.runMain(["theme", "export", "--source", root.path]) == 1)
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my post template")
        #expect(!FileManager.default.fileExists(atPath: theme.appendingPathComponent("templates/base.mustache").path), "nothing written when refused")
        #expect(await SitegenCommand.runMain(["theme", "export", "--source", root.path, "--force"]) == 0)
        #expect(try String(contentsOf: mine, encoding: .utf8).contains("{{<base}}"))

        let content = root.appendingPathComponent("Content")
        let before = FileTree.files(under: content)
        #expect(await SitegenCommand.runMain(["theme", "export", content.appendingPathComponent("theme").path, "--source", root.path]) == 2)
        // Through a symbolic link too.
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: content)
        #expect(await SitegenCommand.runMain(["theme", "export", link.appendingPathComponent("t").path, "--source", root.path]) == 2)
        #expect(FileTree.files(under: content) == before)

        // A theme named in sitegen.yml is where the export goes by default; another folder can be named.
        try Data("title: T\nbase_url: https://t.example/\ntheme: lab\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        #expect(ThemeExport(source: root).destination.lastPathComponent == "lab")
        let elsewhere = root.appendingPathComponent("exported")
        #expect(try ThemeExport(source: root, folder: elsewhere).run().contains("templates/base.mustache"))
    }

    @Test func theHomePageCanShowTheAboutPage() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("title: T\nbase_url: https://t.example/\nhome:\n  about: pages/about.md\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        let summary = try SiteBuilder(options: BuildOptions(source: root)).build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let home = try String(contentsOf: root.appendingPathComponent("Site/index.html"), encoding: .utf8)
        #expect(home.contains("<section class=\"home-about\" aria-label=\"About\">\n<p>Who we are.</p>"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/about/index.html").path), "the page keeps its URL")
        try Data("title: T\nbase_url: https://t.example/\nhome:\n  about: pages/abuot.md\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        let wrong = try SiteBuilder(options: BuildOptions(source: root, useCache: false)).build()
        #expect(wrong.diagnostics.contains { $0.message.contains("pages/abuot.md") && $0.hint == "did you mean 'pages/about.md'?" }, "\(wrong.diagnostics)")
    }

    @Test func draftsCarryAMarkerWhenBuiltWithDrafts() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\ntitle: Half done\ndate: 2024-01-02\ndraft: true\n---\nx\n".utf8).write(to: root.appendingPathComponent("Content/posts/2024-01-02-half.md"))
        _ = try SiteBuilder(options: BuildOptions(source: root, includeDrafts: true)).build()
        let draft = try String(contentsOf: root.appendingPathComponent("Site/posts/half/index.html"), encoding: .utf8)
        #expect(draft.contains("class=\"draft-marker\""))
        #expect(try String(contentsOf: root.appendingPathComponent("Site/posts/a/index.html"), encoding: .utf8).contains("draft-marker") == false)
        #expect(try String(contentsOf: root.appendingPathComponent("Site/index.html"), encoding: .utf8).contains("<span class=\"draft-marker\">Draft</span>"))
    }
}
