import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct CodeAndMathRenderingTests {
    @Test func mathBecomesMathMLAndNumberedEquationsKeepTheirNumbers() {
        let html = renderHTML("$$a = b$$ {#eq-ab}\n\nBy [Eq. @eq-ab] and $x<y$.\n\n$$E = mc^2 \\tag{7}$$\n").html
        #expect(html.contains("<div id=\"eq-ab\" class=\"equation\"><span class=\"math display\"><math "
            + "xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><mrow><mi>a</mi><mo>=</mo><mi>b</mi>"
            + "</mrow></math><span class=\"equation-number\">(1)</span></span></div>"))
        #expect(html.contains("<a href=\"#eq-ab\" class=\"cross-ref\">Eq. 1</a>"))
        #expect(html.contains("<span class=\"math inline\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mrow>"
            + "<mi>x</mi><mo>&lt;</mo><mi>y</mi></mrow></math></span>"))
        #expect(html.contains("<span class=\"equation-number\">(7)</span>"))
        #expect(!html.contains("\\("))
    }

    @Test func unsupportedCommandsWarnAtTheFormulaAndShowTeX() throws {
        let rendered = renderHTML("Intro.\n\n$$\na + b\n= \\weird{c}\n$$\n\nThen $$x + \\odd$$ inline.\n")
        let diagnostic = try #require(rendered.diagnostics.first { $0.ruleID == "math" })
        #expect(diagnostic.message.hasPrefix("unsupported command \\weird"))
        #expect(diagnostic.location?.line == 5)
        #expect(diagnostic.location?.column == 3)
        #expect(rendered.html.contains("<span class=\"math display math-tex\">\\[a + b\n= \\weird{c}\\]</span>"))
        let second = try #require(rendered.diagnostics.last { $0.ruleID == "math" })
        #expect(second.message.hasPrefix("unsupported command \\odd"))
    }

    @Test func macrosFromOptionsAndFromEarlierFormulas() {
        let options = RenderOptions().adjusted(for: parse("---\ntitle: T\nmath-macros:\n  R: \\mathbb{R}\n---\n").document.metadata)
        let html = renderHTML("$\\newcommand{\\E}{\\mathbb{E}}$ $\\E[x] \\in \\R$\n", options: options).html
        #expect(html.contains("<mi>𝔼</mi>") && html.contains("<mi>ℝ</mi>"))
    }

    @Test func fenceAttributesReachTheCodeBlock() {
        let html = renderHTML("```{.python filename=\"fit.py\" code-line-numbers=\"2\"}\nimport numpy\nx = 1\n```\n\n```cobol\nMOVE A TO B\n```\n").html
        #expect(html.contains("<div class=\"code-with-filename-file\"><pre><strong>fit.py</strong></pre></div>"))
        #expect(html.contains("<pre class=\"sourceCode numberSource python number-lines\">"))
        #expect(html.contains("<span id=\"cb1-2\" class=\"hl\">"))
        #expect(html.contains("<span class=\"im\">import</span>"))
        #expect(html.contains("<div class=\"sourceCode\" id=\"cb2\"><pre class=\"sourceCode cobol\">"))
        #expect(DocumentBuilder.codeAttributes(fromInfo: "{python}") == .empty)
        #expect(DocumentBuilder.codeAttributes(fromInfo: "r {.numberLines startFrom=\"3\"}").classes == ["numberLines"])
    }
}
