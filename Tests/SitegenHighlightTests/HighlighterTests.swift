import Testing
@testable import SitegenHighlight

@Suite struct HighlighterTests {
    @Test func writesPandocsShapeWithTokenClasses() {
        let html = Highlighter.html(CodeBlock(code: "x = 1 # one\n", language: "python", id: "cb1"))
        #expect(html == """
            <div class="sourceCode" id="cb1"><pre class="sourceCode python"><code class="sourceCode python">\
            <span id="cb1-1"><a href="#cb1-1" aria-hidden="true" tabindex="-1"></a>x <span class="op">=</span> \
            <span class="dv">1</span> <span class="co"># one</span></span></code></pre></div>

            """)
    }

    @Test func aliasesSelectTheGrammarAndTheClassUsesPandocsName() {
        #expect(Highlighter.languageName(for: "py") == "python")
        #expect(Highlighter.languageName(for: "JS") == "javascript")
        #expect(Highlighter.languageName(for: "shell-session") == "console")
        let html = Highlighter.html(CodeBlock(code: "let x = 1", language: "ts", id: "a"))
        #expect(html.contains("<pre class=\"sourceCode typescript\">"))
    }

    @Test func unknownLanguagesAreEscapedWithoutSpans() {
        let html = Highlighter.html(CodeBlock(code: "if a < b & c\n", language: "cobol85", id: "cb2"))
        #expect(html.contains("if a &lt; b &amp; c</span>"))
        #expect(!html.contains("class=\"kw\""))
        #expect(html.contains("class=\"sourceCode cobol85\""))
    }

    @Test func lineNumbersHighlightedLinesAndFilename() {
        var block = CodeBlock(code: "a\nb\nc", language: "r", id: "fit")
        let spec = CodeBlock.lineSpec("1,3")
        #expect(spec?.number == true && spec?.lines == [1, 3])
        block.numberLines = true
        block.highlightedLines = [2]
        block.firstLine = 5
        block.filename = "fit.R"
        let html = Highlighter.html(block)
        #expect(html.hasPrefix("<div class=\"code-with-filename\">"))
        #expect(html.contains("<strong>fit.R</strong>"))
        #expect(html.contains("class=\"sourceCode numberSource r number-lines\""))
        #expect(html.contains("style=\"counter-reset: source-line 4;\""))
        #expect(html.contains("<span id=\"fit-6\" class=\"hl\">"))
        #expect(!html.contains("<span id=\"fit-5\" class=\"hl\">"))
        #expect(CodeBlock.lineSpec("2-1") == nil)
        #expect(CodeBlock.lineSpec("false")?.number == false)
    }

    @Test func stateCarriesAcrossLines() throws {
        let lines = try #require(Highlighter.tokens(of: "/* a\nb */ int x;", language: "c"))
        #expect(lines[0].first?.kind == .comment)
        #expect(lines[1].first == Token(.comment, 0, 4))
        #expect(lines[1].contains { $0.kind == .dataType })
    }

    /// Every character lands in exactly one token, in order, even in input built to trip up a tokenizer.
    @Test func pathologicalInputIsCoveredExactlyOnce() throws {
        let inputs = [
            String(repeating: "\"\\", count: 5_000), String(repeating: "((((/*", count: 3_000),
            String(repeating: "$(${", count: 4_000), String(repeating: "1e1.", count: 4_000),
            String(repeating: "a", count: 40_000), String(repeating: "#[(", count: 4_000),
            String(repeating: "- [{\"", count: 4_000),
        ]
        for grammar in Grammars.all {
            for input in inputs {
                let lines = try #require(Highlighter.tokens(of: input, language: grammar.name))
                var next = 0
                for token in lines[0] {
                    #expect(token.start == next && token.end > token.start)
                    next = token.end
                }
                #expect(next == input.unicodeScalars.count, "\(grammar.name) lost characters")
            }
        }
    }
}
