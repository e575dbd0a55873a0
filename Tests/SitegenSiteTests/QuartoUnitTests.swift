import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

/// The pieces of the Quarto reader on their own: metadata merging, chunk headers, shortcodes, listing folders.
@Suite struct QuartoUnitTests {
    @Test func metadataMergesAsQuartoDoes() {
        let base: MetaValue = .map(["execute": .map(["echo": .bool(true), "warning": .bool(false)]), "categories": .list([.string("a")])])
        let own: MetaValue = .map(["execute": .map(["echo": .bool(false)]), "categories": .list([.string("b"), .string("a")])])
        let merged = QuartoYAML.merge(base, own)
        #expect(QuartoYAML.lookup(merged, "execute.echo") == .bool(false))
        #expect(QuartoYAML.lookup(merged, "execute.warning") == .bool(false))
        #expect(QuartoYAML.lookup(merged, "categories") == .list([.string("a"), .string("b")]))
    }

    @Test func frontMatterJSONIsOneLineAndEscaped() {
        let json = QuartoYAML.json(.map(["title": .string("A \"quoted\"\nline"), "n": .number(3), "ok": .bool(true)]))
        #expect(json == "{\"n\": 3, \"ok\": true, \"title\": \"A \\\"quoted\\\"\\nline\"}")
    }

    @Test func chunkHeadersReadLikeKnitr() throws {
        let chunk = try #require(QuartoCells.executable("{r cars, echo=FALSE, fig.cap=\"Speed, and distance.\"}"))
        #expect(chunk.engine == "r")
        #expect(chunk.label == "cars")
        #expect(chunk.header["echo"] == .bool(false))
        #expect(chunk.header["fig-cap"] == .string("Speed, and distance."))
        #expect(QuartoCells.executable("{.r .cell-code}") == nil)
        #expect(QuartoCells.executable("{=html}") == nil)
        #expect(QuartoCells.executable("{{r}}") == nil)
        #expect(QuartoCells.escapedChunk("{{r}}") == "r")
    }

    @Test func optionLinesAreNeverShown() {
        let (yaml, code) = QuartoCells.optionLines(["#| label: fig-x", "#| fig-cap: \"A\"", "plot(1)", "#| not an option any more"])
        #expect(yaml == ["label: fig-x", "fig-cap: \"A\""])
        #expect(code == ["plot(1)", "#| not an option any more"])
    }

    @Test func shortcodeArguments() throws {
        let code = try #require(QuartoShortcodes.parse(" video https://vimeo.com/548291297 title=\"A talk\" width=400 "))
        #expect(code.name == "video")
        #expect(code.arguments == ["https://vimeo.com/548291297"])
        #expect(code.named["title"] == "A talk")
        #expect(QuartoShortcodes.video(code).contains("https://player.vimeo.com/video/548291297"))
        let file = try #require(QuartoShortcodes.parse("video https://example.org/clip.mp4"))
        #expect(QuartoShortcodes.video(file).contains("<video controls src=\"https://example.org/clip.mp4\""))
        #expect(QuartoShortcodes.video(try #require(QuartoShortcodes.parse("video https://youtu.be/aqz-KE-bpKQ"))).contains("youtube.com/embed/aqz-KE-bpKQ"))
        #expect(QuartoShortcodes.tweet(try #require(QuartoShortcodes.parse("tweet ruboerner 1576608085971533826"))).contains("https://twitter.com/ruboerner/status/1576608085971533826"))
    }

    @Test func listingFoldersComeFromContents() {
        #expect(QuartoScanner.listingFolders(("index.qmd", .map(["listing": .map(["contents": .string("posts")])]))) == ["posts"])
        #expect(QuartoScanner.listingFolders(("blog.qmd", .map(["listing": .map(["contents": .list([.string("posts/*/index.qmd"), .string("notes/**/*.qmd")])])]))) == ["posts", "notes"])
        #expect(QuartoScanner.listingFolders(("blog/index.qmd", .map(["listing": .bool(true)]))) == ["blog"])
        #expect(QuartoScanner.listingFolders(("blog.qmd", .map(["listing": .map(["contents": .list([.string("data/talks.yml"), .string("blog/posts")])])]))) == ["blog/posts"])
        #expect(QuartoScanner.listingFolders(("pages/index.qmd", .map(["listing": .map(["contents": .string("../posts")])]))) == ["posts"])
    }

    @Test func outputPathsAreQuartos() {
        #expect(QuartoScanner.outputPath("blog/2024/05/01/slug/index.qmd") == "blog/2024/05/01/slug/")
        #expect(QuartoScanner.outputPath("about.qmd") == "about.html")
        #expect(QuartoScanner.outputPath("index.qmd") == "")
        #expect(QuartoScanner.outputPath("posts/x.Rmd") == "posts/x.html")
    }

    @Test func lastChangeFallsBackToTheFileTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.qmd")
        try Data("x".utf8).write(to: file)
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: file.path)
        let date = SourceDates.lastChange(of: file, in: folder)
        if ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil {
            #expect(date == when)
        }
    }
}
