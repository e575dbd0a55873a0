import Testing
import SitegenCore
@testable import SitegenMarkdown

@Suite struct ScratchTests {
    @Test func dump() {
        let src = """
        ---
        title: "Hello"
        date: 2024-03-05
        ---

        # Intro {#sec-intro}

        Some *text* with $a*b*c$ and $5 and $6, see [@doe2020, p. 3; -@roe] and @smith [p. 4].
        Email me@example.org and \\@notcite, `code @x $y$`, ref @fig-plot and [-@tbl-x].

        ![A plot](plot.png){#fig-plot width=70%}

        $$
        E = mc^2
        $$ {#eq-energy}

        ::: {.callout-note title="Heads up"}
        Inside [aside text]{.aside} here.
        :::

        > [!WARNING]
        > Careful.

        | a | b |
        |--:|:--|
        | 1 | 2 |

        : Numbers {#tbl-x}

        ## Sub

        Note[^n].

        [^n]: A footnote.
        """
        let parsed = MarkdownParser().parse(src, path: "p.md", id: "posts/p")
        print(parsed.diagnostics)
        dumpSection(parsed.document.root, indent: "")
        print(parsed.document.footnotes)
        let r = HTMLRenderer(options: RenderOptions(footnotesAsSidenotes: true)).render(parsed.document)
        print(r.html)
        print(r.toc, r.summary, r.wordCount, r.diagnostics)
    }

    func dumpSection(_ s: Section, indent: String) {
        print("\(indent)SECTION L\(s.level) id=\(s.id) \(s.location) \(s.heading)")
        for b in s.blocks { print("\(indent)  \(b.location.line):\(b.location.column) \(b.attributes) \(b.kind)") }
        for c in s.subsections { dumpSection(c, indent: indent + "  ") }
    }
}
