import Foundation
import Testing
@testable import SitegenSite

/// Code and math are rendered at build time: no script on the page, the same MathML in the feeds.
@Suite struct CodeAndMathSiteTests {
    @Test func pagesNeedNoScriptAndFeedsCarryTheMathML() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "math-macros:\n  R: \\mathbb{R}\n",
            "Content/posts/m.md": TestSite.post("M", body: "Let $x \\in \\R$.\n\n```python\nx = 1\n```\n\n$\\nosuch$\n"),
        ])
        defer { site.remove() }
        let summary = try site.build()
        let page = try #require(site.file("posts/m/index.html"))
        #expect(page.contains("<mi>ℝ</mi>"))
        #expect(page.contains("<span class=\"dv\">1</span>"))
        #expect(!page.contains("<script"), "no MathJax, KaTeX or highlighter script")
        #expect(page.contains("<span class=\"math inline math-tex\">\\(\\nosuch\\)</span>"))
        #expect(summary.diagnostics.contains { $0.message.hasPrefix("unsupported command \\nosuch") })
        let atom = try #require(site.file("atom.xml"))
        #expect(atom.contains("&lt;mi&gt;ℝ&lt;/mi&gt;"))
    }

    @Test func mathjaxAndPlainCodeStayAvailable() throws {
        let site = try TestSite([
            "sitegen.yml": TestSite.config + "math: mathjax\nhighlight: false\n",
            "Content/posts/m.md": TestSite.post("M", body: "Let $x$.\n\n```python\nx = 1\n```\n"),
        ])
        defer { site.remove() }
        _ = try site.build()
        let page = try #require(site.file("posts/m/index.html"))
        #expect(page.contains("mathjax@3") && page.contains("\\(x\\)"))
        #expect(page.contains("<pre><code class=\"language-python\">x = 1\n</code></pre>"))
    }
}
