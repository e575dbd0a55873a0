import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

/// Misspelt nested configuration keys, malformed front matter and non-UTF-8 files: each a diagnostic at its
/// file, line and column with a message a person understands.
@Suite struct InputDiagnosticsTests {
    @Test func misspeltKeysAreFoundAtEveryLevelOfTheConfiguration() throws {
        let yaml = """
        title: Lab Notes
        base_url: https://lab.example.org/
        feed:
          contnet: summary
        permalinks:
          post: /p/:slug/
        reading:
          titel: Elsewhere
        authors:
          - name: Ada
            emial: ada@example.org
        feeds:
          - url: feeds/a.xml
            limt: 5
        crossref:
          fig-prefx: Fig.
        params:
          anything: goes
        """
        let loaded = try SiteConfigLoader.parse(yaml)
        let found = loaded.diagnostics.filter { $0.ruleID == "config-key" }
        let expected: [(String, Int, Int, String)] = [
            ("contnet", 4, 3, "content"), ("post", 6, 3, "posts"), ("titel", 8, 3, "title"),
            ("emial", 11, 5, "email"), ("limt", 14, 5, "limit"), ("fig-prefx", 16, 3, "fig-prefix"),
        ]
        #expect(found.count == expected.count, "\(found.map(\.description))")
        for (key, line, column, near) in expected {
            let d = try #require(found.first { $0.message.contains("'\(key)'") }, "no warning for \(key)")
            #expect(d.severity == .warning)
            #expect(d.location == SourceLocation(file: "sitegen.yml", line: line, column: column))
            #expect(d.hint == "did you mean '\(near)'?")
        }
        #expect(loaded.config.readingTitle == "Reading", "the misspelt key is not taken")
    }

    @Test func aWarningOfTheConfigurationReachesTheBuildSummary() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "feed:\n  contnet: summary\n",
            "Content/posts/a.md": TestSite.post("A"),
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.message.contains("'contnet' in `feed`") && $0.location?.line == 5 })
    }

    private func errors(_ markdown: String) throws -> [Diagnostic] {
        let site = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/p.md": markdown])
        defer { site.remove() }
        return site.failure()?.diagnostics.filter { $0.severity == .error } ?? []
    }

    @Test func aListWhereTextBelongsIsNamedAtTheValue() throws {
        let found = try errors("---\ntitle: [a, b]\ndate: 2024-01-01\n---\nText.\n")
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "`title` should be text, not a list")
        #expect(d.location == SourceLocation(file: "Content/posts/p.md", line: 2, column: 8))
        #expect(d.hint?.contains("quote") == true)
        #expect(!found.contains { $0.message.contains("no title") })
    }

    @Test func aDateListIsNotAnEmptyDate() throws {
        let d = try #require(try errors("---\ntitle: T\ndate: [2025]\n---\nText.\n").first)
        #expect(d.message == "`date` should be one date, not a list")
        #expect(d.location?.line == 3)
        #expect(d.hint?.contains("2024") == true || d.hint?.contains("YYYY") == true)
    }

    @Test func anOverlongSlugIsAFrontMatterErrorNotAFileSystemError() throws {
        let slug = String(repeating: "s", count: 100_000)
        let found = try errors("---\ntitle: T\ndate: 2024-01-01\nslug: \(slug)\n---\nText.\n")
        let d = try #require(found.first)
        #expect(d.message.contains("`slug` is 100000 bytes long"))
        #expect(d.location?.line == 4)
        #expect(!found.contains { $0.message.contains("Cocoa") || $0.message.contains("514") })
    }

    @Test func aNonUTF8FileIsReportedAtTheBadByte() throws {
        let site = try TestSite(["sitegen.yml": TestSite.config])
        defer { site.remove() }
        var bytes = Data("---\ntitle: Caf".utf8)
        bytes.append(0xE9)  // é in Latin-1
        bytes.append(contentsOf: Array("\n---\nText.\n".utf8))
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Content/posts"), withIntermediateDirectories: true)
        try bytes.write(to: site.root.appendingPathComponent("Content/posts/latin1.md"))
        let d = try #require(site.failure()?.diagnostics.first)
        #expect(d.location == SourceLocation(file: "Content/posts/latin1.md", line: 2, column: 11))
        #expect(d.message.contains("0xE9"))
        #expect(d.hint?.contains("UTF-8") == true)
    }

    @Test func utf8PositionsCountScalarsAndRejectOverlongForms() {
        #expect(UTF8Position.firstInvalid(in: Data("héllo\nwörld ✓ 𝔸".utf8)) == nil)
        #expect(UTF8Position.firstInvalid(in: Data([0x61, 0xC3, 0xA9, 0x0A, 0xC3, 0xA9, 0xC0, 0x80]))
                == UTF8Position(offset: 6, line: 2, column: 2, byte: 0xC0))
        #expect(UTF8Position.firstInvalid(in: Data([0xED, 0xA0, 0x80]))?.offset == 0, "a UTF-16 surrogate")
        #expect(UTF8Position.firstInvalid(in: Data([0x61, 0xE2, 0x9C]))?.offset == 1, "truncated at the end")
    }
}
