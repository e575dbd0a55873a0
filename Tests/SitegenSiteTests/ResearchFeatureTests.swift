import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

@Suite struct ResearchFeatureTests {
    static let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#eee"/></svg>"##

    @Test func crossReferencesResolveAcrossPostsWithTheirNumbersThere() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/2024-01-01-setup/index.md": """
                ---
                title: The setup
                date: 2024-01-01
                ---

                ![First](a.svg){#fig-first}

                ![The laser bench](bench.svg){#fig-bench}

                ## Calibration {#sec-cal}

                Text.
                """,
            "Content/posts/2024-01-01-setup/a.svg": Self.svg,
            "Content/posts/2024-01-01-setup/bench.svg": Self.svg,
            "Content/posts/results.md": """
                ---
                title: Results
                date: 2024-02-01
                ---

                As the bench in @posts/setup#fig-bench shows, and [-@posts/setup#fig-first] too.
                """,
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let results = try #require(site.file("posts/results/index.html"))
        #expect(results.contains("href=\"/posts/setup/#fig-bench\""))
        #expect(results.contains("Figure 2 in “The setup”"))
        let setup = try #require(site.file("posts/setup/index.html"))
        #expect(setup.contains("id=\"fig-bench\""))
        #expect(setup.contains("Figure 2"))
        #expect(setup.contains("width=\"640\"") && setup.contains("height=\"360\""), "sizes read from the bundle's SVG")
        #expect(site.exists("posts/setup/bench.svg"))
    }

    @Test func anUnknownCrossPostReferenceIsWarnedAboutAndFailsWithStrict() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n\nSee @posts/nowhere#fig-x here.\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.first { $0.ruleID == "unresolved-cross-reference" }?.severity == .error, "as lint reports it")
        #expect(site.file("posts/a/index.html")?.contains("unresolved") == true, "shown visibly as unresolved")
        var error: (any Error)?
        do { try site.build(strict: true) } catch let e { error = e }
        let failure = try #require(error as? SitegenError)
        let d = try #require(failure.diagnostics.first { $0.ruleID == "unresolved-cross-reference" })
        #expect(d.location?.file == "Content/posts/a.md")
        #expect(d.location?.line == 6)
        #expect(d.location?.column == 5)
    }

    @Test func missingImagesAreWarnedAboutWithAFix() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config,
            "Content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n\n![A plot](plot.png)\n\n![Logo](/img/logo.png)\n\n![Here](/img/here.svg)\n",
            "Content/static/img/here.svg": Self.svg,
        ])
        defer { site.remove() }
        let summary = try site.build()
        let missing = summary.diagnostics.filter { $0.ruleID == "missing-image" }
        #expect(missing.count == 2)
        #expect(missing.contains { $0.message.contains("plot.png") && $0.location?.line == 6 && $0.hint?.contains("page bundle") == true })
        #expect(missing.contains { $0.message.contains("/img/logo.png") && $0.hint?.contains("Content/static/img/logo.png") == true })
    }

    @Test func contentErrorsFailTheBuildWithFileLineAndHint() throws {
        // YAML errors are reported where the YAML parser notices them: for an unclosed `[`, the end of the block.
        let cases: [(String, String, Int)] = [
            ("---\ntitle: [unclosed\n---\nx\n", "front-matter", 3),
            ("---\ntitle: Bad date\ndate: 2024-13-45\n---\nx\n", "invalid-date", 3),
            ("---\ndate: 2024-01-01\n---\nno title\n", "missing-title", 1),
            ("---\ntitle: Open\n---\n\n::: {.callout-note}\nnever closed\n", "unclosed-div", 5),
        ]
        for (text, rule, line) in cases {
            let site = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/bad.md": text])
            defer { site.remove() }
            let error = try #require(site.failure(), "\(rule)")
            let d = try #require(error.diagnostics.first, "\(rule)")
            #expect(d.ruleID == rule, "\(d)")
            #expect(d.location?.file == "Content/posts/bad.md")
            #expect(d.location?.line == line, "\(rule): \(d)")
            #expect(d.hint != nil, "\(rule)")
            #expect(!site.exists("index.html"))
        }
    }

    @Test func unreadableAndNonUTF8FilesAreErrorsNotCrashes() throws {
        let site = try TestSite(["sitegen.yml": TestSite.config])
        defer { site.remove() }
        let url = site.root.appendingPathComponent("Content/posts/latin1.md")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: url)
        let error = try #require(site.failure())
        #expect(error.diagnostics.first?.message.contains("not UTF-8") == true)
        #expect(error.diagnostics.first?.hint?.hasPrefix("save the file as UTF-8") == true)
        #expect(error.diagnostics.first?.location == SourceLocation(file: "Content/posts/latin1.md", line: 2, column: 8), "at the bad byte")
    }
}

@Suite struct CrossReferencePrefixTests {
    @Test func siteWidePrefixesApplyAndFrontMatterOverridesThem() throws {
        let post = "![A plot](p.svg){#fig-p}\n\nSee @fig-p.\n"
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "crossref:\n  fig-prefix: Fig.\n",
            "Content/posts/a/index.md": "---\ntitle: A\ndate: 2024-01-01\n---\n\n" + post,
            "Content/posts/a/p.svg": ResearchFeatureTests.svg,
            "Content/posts/b/index.md": "---\ntitle: B\ndate: 2024-01-02\ncrossref:\n  fig-prefix: Abbildung\n---\n\n" + post,
            "Content/posts/b/p.svg": ResearchFeatureTests.svg,
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.file("posts/a/index.html")?.contains(">Fig. 1</a>") == true)
        #expect(site.file("posts/b/index.html")?.contains(">Abbildung 1</a>") == true)
    }
}
