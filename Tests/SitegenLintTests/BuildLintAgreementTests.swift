import Foundation
import Testing

/// `sitegen build` and `sitegen lint` report every broken form of a link, image, citation and cross-reference the
/// same way: one rule id, one severity, one message, one location; only `--strict` and `--fail-on` decide the exit.
@Suite struct BuildLintAgreementTests {
    static let files: [String: String] = [
        "sitegen.yml": "title: Field notes\nbase_url: https://jdoe.github.io/fieldnotes/\nbibliography: refs.bib\n",
        "Content/refs.bib": "@article{known2020, author = {Known, Ann}, title = {Known}, journal = {J}, year = {2020}}\n",
        "Content/posts/a.md": """
            ---
            title: A
            date: 2025-01-01
            ---

            ## Method

            A [missing page](/posts/does-not-exist/) and [a missing source](nothere.md), whatever the base path.
            A [draft](draft.md), a [scheduled post](/posts/later/) and [its source](2999-01-01-later.md).
            Anchors: [on b](/posts/b/#nope), [by source](b.md#resluts), [here](#methdo).
            A citation [@nokey] and a cross-reference @fig-missing, next to [@known2020].

            ![A plot](plot.png)

            ![A logo](/img/gone.png)
            """,
        "Content/posts/b.md": "---\ntitle: B\ndate: 2025-01-02\n---\n\n## Results\n\nText, [back](a.md#method).\n",
        "Content/posts/draft.md": "---\ntitle: Draft\ndate: 2025-01-03\ndraft: true\n---\n\nSoon.\n",
        "Content/posts/2999-01-01-later.md": "---\ntitle: Later\ndate: 2999-01-01\n---\n\nLater.\n",
    ]

    static let rules = ["broken-internal-link", "broken-anchor", "missing-image", "unpublished-link", "undefined-citation", "unresolved-cross-reference"]

    /// The `path:line:col: severity: message [rule]` lines of the rules compared.
    static func findings(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in rules.contains { line.hasSuffix("[\($0)]") } }.sorted()
    }

    @Test func buildAndLintReportEveryBrokenFormIdentically() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        guard let binary = TestSite.binary else {
            Issue.record("the sitegen binary is not built; run swift build --build-tests")
            return
        }
        let build = try ExternalTool.run(binary.path, ["build", "--no-cache"], in: site.root)
        let lint = try site.lint([])
        #expect(build.status == 0, "without --strict the pages are written: \(build.stderr)")
        #expect(lint.status == 1, "lint fails on errors by default")
        let built = Self.findings(build.stderr)
        let linted = Self.findings(lint.stdout)
        #expect(built == linted)
        for rule in Self.rules { #expect(built.contains { $0.hasSuffix("[\(rule)]") }, "\(rule)") }
        #expect(built.count == 12, "\(built.joined(separator: "\n"))")
        #expect(build.stderr.contains("`sitegen build --strict` fails on them"))
        let strict = try ExternalTool.run(binary.path, ["build", "--no-cache", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(Self.findings(strict.stderr).map { $0.replacingOccurrences(of: ": warning: ", with: ": error: ") }
            == built.map { $0.replacingOccurrences(of: ": warning: ", with: ": error: ") })
        #expect(try site.lint(["--fail-on", "warning"]).status == 1)
    }
}
