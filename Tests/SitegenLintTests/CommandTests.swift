import Foundation
import Testing
@testable import SitegenLint

/// `sitegen lint` end to end through the built binary (skipped when it has not been built).
@Suite(.enabled(if: TestSite.binary != nil, "the sitegen binary is not built"))
struct CommandTests {
    static let config = "title: Test\nbase_url: https://example.org/\nbibliography: [references.bib]\n"
    static let duplicateBib = "@article{a,\n  title = {One}\n}\n\n@book{a,\n  title = {Two}\n}\n"

    @Test func exitCodes() throws {
        let site = try TestSite(["sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n"])
        defer { site.remove() }
        #expect(try site.lint(["--format", "text"]).status == 0)
        try site.write("Content/references.bib", Self.duplicateBib)
        let failing = try site.lint([])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("Content/references.bib:5:1: error: citation key `a` is defined twice [duplicate-citation-key]"))
        #expect(failing.stdout.contains("1 error"))
        #expect(try site.lint(["--format", "srif"]).status == 2)
        #expect(try site.lint(["--bogus"]).status == 2)
        #expect(try site.lint(["--fail-on", "fatal"]).status == 2)
        #expect(try site.lint(["Content/posts/nothing.md"]).status == 2)
    }

    @Test func failOnFromFlagAndConfig() throws {
        // The unused entry is a note: below the default threshold, at or above `note`.
        let site = try TestSite([
            "sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n", "Content/references.bib": "@book{b,\n  title = {B}\n}\n",
        ])
        defer { site.remove() }
        #expect(try site.lint([]).status == 0)
        #expect(try site.lint(["--fail-on", "note"]).status == 1)
        try site.write("sitegen.yml", Self.config + "lint:\n  fail_on: note\n")
        #expect(try site.lint([]).status == 1)
        try site.write("sitegen.yml", Self.config + "lint:\n  fail_on: note\n  rules:\n    unused-bibliography-entry: off\n")
        #expect(try site.lint([]).status == 0)
    }

    @Test func severalFormatsInOneRun() throws {
        let site = try TestSite(["sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n", "Content/references.bib": Self.duplicateBib])
        defer { site.remove() }
        let output = try site.lint(["--format", "github,sarif=out/lint.sarif", "--format", "jsonl=out/lint.jsonl,checkstyle=out/cs.xml"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("::error file=Content/references.bib,line=5,col=1,title=duplicate-citation-key::citation key `a` is defined twice"))
        let sarif = try #require(site.read("out/lint.sarif"))
        #expect(sarif.contains("\"uri\": \"Content/references.bib\""))
        #expect(sarif.contains("\"%SRCROOT%\": {\n          \"uri\": \"file://"))
        #expect(site.read("out/lint.jsonl")?.split(separator: "\n").count == 2)
        #expect(site.read("out/cs.xml")?.contains("<file name=\"Content/references.bib\">") == true)
    }

    @Test func baselineAcceptsOldFindingsOnly() throws {
        let site = try TestSite(["sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n", "Content/references.bib": Self.duplicateBib])
        defer { site.remove() }
        #expect(try site.lint(["--write-baseline", "lint-baseline.json"]).status == 0)
        #expect(site.read("lint-baseline.json")?.contains("\"rule\": \"duplicate-citation-key\"") == true)
        // Entries moved down: still the same findings.
        try site.write("Content/references.bib", "@misc{z,\n  title = {Z}\n}\n\n" + Self.duplicateBib)
        let moved = try site.lint(["--baseline", "lint-baseline.json"])
        #expect(moved.status == 0)
        #expect(moved.stdout.contains("in baseline"))
        // A new duplicate is reported.
        try site.write("Content/references.bib", "@misc{z,\n  title = {Z}\n}\n\n" + Self.duplicateBib + "\n@misc{z,\n  title = {Again}\n}\n")
        let fresh = try site.lint(["--baseline", "lint-baseline.json", "--format", "jsonl"])
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("\"message\":\"citation key `z` is defined twice\""))
        #expect(!fresh.stdout.contains("`a` is defined twice"))
        #expect(try site.lint(["--baseline", "missing.json"]).status == 2)
    }

    @Test func listAndExplain() throws {
        let site = try TestSite(["sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n"])
        defer { site.remove() }
        let list = try site.lint(["--list-rules"])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("RULE "))
        let explain = try site.lint(["--explain", "missing-alt-text"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("triggering examples"))
        let unknown = try site.lint(["--explain", "missing-alt"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean `missing-alt-text`?"))
    }

    @Test func configWarningsGoToStandardError() throws {
        let site = try TestSite([
            "sitegen.yml": Self.config + "lint:\n  rules:\n    duplicate-labels: off\n", "Content/posts/a.md": "Hello.\n",
        ])
        defer { site.remove() }
        let output = try site.lint([])
        #expect(output.status == 0)
        #expect(output.stderr.contains("unknown rule `duplicate-labels` in `lint.rules`"))
        #expect(output.stderr.contains("did you mean `duplicate-label`?"))
        #expect(!output.stdout.contains("duplicate-labels"))
    }

    /// feed-invalid's examples, which need the feed reader, run here through `--feed`.
    @Test func feedExamples() throws {
        let rule = FeedInvalidRule.description
        let site = try TestSite(["sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n"])
        defer { site.remove() }
        for (index, example) in (rule.triggeringExamples + rule.nonTriggeringExamples).enumerated() {
            let (files, markers) = example.stripped
            for file in files { try site.write(file.path, file.text) }
            let output = try site.lint(files.flatMap { ["--feed", $0.path] } + ["--format", "jsonl"])
            let lines = output.stdout.split(separator: "\n").filter { $0.contains("\"rule\":\"feed-invalid\"") }
            let expectedLines = Set(markers.map { "\"path\":\"\($0.file)\",\"line\":\($0.line)," })
            let foundLines = Set(lines.compactMap { line in expectedLines.first { line.contains($0) } })
            #expect(foundLines == expectedLines, "example \(index): \(output.stdout)")
            #expect(markers.isEmpty == lines.isEmpty, "example \(index): \(output.stdout)")
        }
    }

    @Test func changedSinceReportsOnlyChangedFiles() throws {
        let site = try TestSite([
            "sitegen.yml": Self.config, "Content/posts/a.md": "Hello.\n", "Content/references.bib": Self.duplicateBib,
            "Content/other.bib": Self.duplicateBib,
        ])
        defer { site.remove() }
        try site.write("sitegen.yml", "title: Test\nbase_url: https://example.org/\nbibliography: [references.bib, other.bib]\n")
        let git = { (args: [String]) throws -> Int32 in
            try ExternalTool.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", site.root.path] + args).status
        }
        guard (try? git(["init", "-q"])) == 0 else {
            print("note: git is not available; skipping --changed-since")
            return
        }
        #expect(try git(["add", "-A"]) == 0)
        #expect(try git(["commit", "-qm", "init"]) == 0)
        #expect(try site.lint(["--changed-since", "HEAD"]).status == 0)
        try site.write("Content/other.bib", Self.duplicateBib + "\n")
        let output = try site.lint(["--changed-since", "HEAD", "--format", "jsonl"])
        #expect(output.status == 1)
        // other.bib's own duplicate and its key repeating references.bib's are reported; references.bib's are not.
        #expect(output.stdout.contains("defined twice\",\"path\":\"Content/other.bib\""))
        #expect(!output.stdout.contains("defined twice\",\"path\":\"Content/references.bib\""))
        #expect(try site.lint(["--changed-since", "no-such-rev"]).status == 2)
    }

    /// A new post copying an old one is flagged in the new post only, while the analysis reads the whole site.
    @Test func changedSinceStillComparesWithTheWholeSite() throws {
        let site = try TestSite([
            "sitegen.yml": "title: Test\nbase_url: https://example.org/\n",
            "Content/posts/a.md": "## Why caching matters\n\n\(AnalysisExamples.caching)\n",
        ])
        defer { site.remove() }
        let git = { (args: [String]) throws -> Int32 in
            try ExternalTool.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", site.root.path] + args).status
        }
        guard (try? git(["init", "-q"])) == 0 else {
            print("note: git is not available; skipping --changed-since")
            return
        }
        #expect(try git(["add", "-A"]) == 0)
        #expect(try git(["commit", "-qm", "init"]) == 0)
        try site.write("Content/posts/b.md", "Intro.\n\n## Why caching helps\n\n\(AnalysisExamples.cachingCopy)\n")
        let output = try site.lint(["--changed-since", "HEAD", "--format", "jsonl,sarif=lint.sarif"])
        #expect(output.status == 0, "warnings do not fail by default")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"rule\":\"rewritten-section\",\"severity\":\"warning\"") == true)
        #expect(lines.first?.contains("\"path\":\"Content/posts/b.md\",\"line\":3,\"column\":1") == true)
        #expect(lines.first?.contains("\"related\":[{\"path\":\"Content/posts/a.md\",\"line\":1") == true)
        let sarif = try #require(site.read("lint.sarif"))
        #expect(sarif.contains("\"relatedLocations\""))
        #expect(try site.lint(["--changed-since", "HEAD", "--fail-on", "warning"]).status == 1)
        #expect(try site.lint(["Content/posts/a.md", "--fail-on", "warning"]).status == 0)
    }
}
