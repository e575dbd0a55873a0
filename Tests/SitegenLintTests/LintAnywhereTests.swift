import Foundation
import Testing

/// `sitegen lint FILE|DIR…` outside a site, files outside Content/ inside one, and feeds on their own.
@Suite(.enabled(if: TestSite.binary != nil, "the sitegen binary is not built"))
struct LintAnywhereTests {
    static let post = "---\ntitle: A\n---\n\n# A\n\n![](chart.png)\n"

    @Test func filesAndFoldersAreLintedWithoutASite() throws {
        let folder = try TestSite(["notes/a.qmd": Self.post, "notes/deep/b.markdown": Self.post, "notes/c.txt": "not Markdown"])
        defer { folder.remove() }
        let one = try folder.lint(["notes/a.qmd", "--format", "jsonl"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("\"rule\":\"missing-alt-text\"") && one.stdout.contains("\"path\":\"notes/a.qmd\",\"line\":7"))
        #expect(!one.stderr.contains("no sitegen.yml"))
        let all = try folder.lint(["notes", "--format", "jsonl", "--fail-on", "warning"])
        #expect(all.status == 1)
        #expect(all.stdout.contains("\"path\":\"notes/deep/b.markdown\""))
        #expect(!all.stdout.contains("c.txt"))
        let missing = try folder.lint(["notes/nothing.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or folder: notes/nothing.md"))
    }

    @Test func theNearestConfigurationApplies() throws {
        let folder = try TestSite([
            "project/sitegen.yml": "lint:\n  fail_on: warning\n  rules:\n    missing-alt-text: error\n",
            "project/drafts/a.md": Self.post,
        ])
        defer { folder.remove() }
        let output = try folder.lint(["project/drafts/a.md"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("project/drafts/a.md:7:1: error: image `chart.png` has no alt text [missing-alt-text]"))
    }

    @Test func aFileOutsideContentIsLintedWithTheSite() throws {
        let site = try TestSite([
            "sitegen.yml": "title: T\nbase_url: https://example.org/\n", "Content/posts/a.md": "---\ntitle: A\n---\n\nHello.\n",
            "drafts/new.md": "---\ntitle: New\n---\n\nSee [the post](/posts/a/) and ![](x.png).\n",
        ])
        defer { site.remove() }
        let output = try site.lint(["drafts/new.md", "--format", "jsonl"])
        #expect(output.status == 0, "a missing image is a warning, as in the build")
        #expect(output.stdout.contains("\"rule\":\"missing-alt-text\""))
        #expect(output.stdout.contains("\"rule\":\"missing-image\""))
        #expect(try site.lint(["drafts/new.md", "--fail-on", "warning"]).status == 1)
        #expect(output.stdout.contains("\"path\":\"drafts/new.md\""))
        #expect(!output.stdout.contains("/posts/a/"), "a link to a page of the site resolves")
    }

    @Test func aFeedIsLintedOnItsOwn() throws {
        let folder = try TestSite(["feed.xml": "<rss version=\"2.0\"><channel><title>T</title>"])
        defer { folder.remove() }
        let output = try folder.lint(["--feed", "feed.xml", "--format", "jsonl"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("\"rule\":\"feed-invalid\""))
    }
}
