import Foundation
import SitegenCore
import Testing
@testable import SitegenSite

/// The Quarto blog under Tests/Fixtures/quarto-blog, built as it is: nested posts, `_metadata.yml`,
/// `_variables.yml`, two frozen posts (knitr and Jupyter shapes), an unexecuted post with chunk options,
/// an R Markdown post, shortcodes, a draft, a notebook.
@Suite struct QuartoProjectTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/quarto-blog")

    /// A copy of the fixture in a temporary folder (the build writes `Site/` beside the sources).
    static func copy(editing edit: (URL) throws -> Void = { _ in }) throws -> TestSite {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(at: site.root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: site.root)
        try edit(site.root)
        return site
    }

    /// The visible text of a page: tags, scripts, styles, `<pre>` and `<code>` removed, entities decoded.
    static func text(_ html: String) -> String {
        var text = html
        for pattern in ["<script[\\s\\S]*?</script>", "<style[\\s\\S]*?</style>", "<pre[\\s\\S]*?</pre>", "<code[\\s\\S]*?</code>", "<[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text
    }

    /// All the text of a page, code included (highlighting splits code into token spans): tags removed, entities decoded.
    static func allText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text
    }

    @Test func buildsWithNoEditsAndNoRawSyntax() throws {
        let site = try Self.copy()
        defer { site.remove() }
        let summary = try site.build()
        let notes = summary.diagnostics.filter { $0.ruleID == "quarto-project" }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("7 posts (1 of them drafts) listed at / (grid)") == true)
        let pages = site.outputFiles().filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 15)
        for page in pages {
            let text = Self.text(site.file(page) ?? "")
            for raw in [":::", "{{<", "#|", "?@"] {
                #expect(!text.contains(raw), "\(page) shows \(raw)")
            }
        }
    }

    @Test func postsKeepQuartoURLsAndDraftsAndNotebooksStayOut() throws {
        let site = try Self.copy()
        defer { site.remove() }
        let summary = try site.build()
        for path in ["blog/2024/05/01/frozen-penguins/index.html", "blog/2024/02/10/pandas-frozen/index.html",
                     "blog/2023/11/20/unfrozen-model/index.html", "blog/2022/notes-on-shortcodes.html",
                     "blog/2021/untitled-thoughts/index.html", "blog/2020/legacy/index.html", "about.html", "index.html",
                     "blog/2024/05/01/frozen-penguins/index_files/figure-html/fig-bills-1.png",
                     "blog/2024/02/10/pandas-frozen/index_files/figure-html/fig-temperature-output-1.png",
                     "blog/2024/05/01/frozen-penguins/bills-thumb.png", "images/shortcodes.png", "styles.css",
                     "index.xml", "sitemap.xml", "blog/2022/notes-on-shortcodes-cite.bib"] {
            #expect(site.exists(path), "missing \(path)")
        }
        let files = site.outputFiles()
        #expect(!files.contains { $0.hasPrefix("_freeze") || $0.hasPrefix("notebooks") || $0.contains("draft-idea") || $0.hasSuffix(".qmd") })
        let skipped = summary.diagnostics.first { $0.ruleID == "skipped-files" }
        #expect(skipped?.message.contains("1 .ipynb") == true)
        #expect(skipped?.message.contains("1 .R") == true)
        #expect(skipped?.message.contains(".bib") == false)
        #expect(site.file("sitemap.xml")?.contains("https://fieldnotes.example.org/blog/2022/notes-on-shortcodes.html") == true)
    }

    @Test func frozenResultsRenderCodeOutputFiguresAndTables() throws {
        let site = try Self.copy()
        defer { site.remove() }
        try site.build()
        let knitr = try #require(site.file("blog/2024/05/01/frozen-penguins/index.html"))
        #expect(knitr.contains("39.23   44.45"))
        #expect(knitr.contains("<figure id=\"fig-bills\""))
        #expect(knitr.contains("Figure 1: Bill length against depth, by species."))
        #expect(knitr.contains("<figure id=\"tbl-counts\" class=\"table\"><figcaption>Table 1: Penguins per island."))
        #expect(knitr.contains("<a href=\"#tbl-counts\" class=\"cross-ref\">Table 1</a>"))
        #expect(knitr.contains("<details class=\"code-fold\"><summary>Show the plotting code</summary>"))
        #expect(knitr.contains("id=\"ref-gorman2014\""))
        #expect(knitr.contains("<div class=\"cell-output-html\" id=\"tbl-species\">\n<p class=\"table-caption\">Table 2: Mean bill size by species.</p>"))
        #expect(knitr.contains("<a href=\"#tbl-species\">Table 2</a> is drawn with gt"))
        let jupyter = try #require(site.file("blog/2024/02/10/pandas-frozen/index.html"))
        #expect(jupyter.contains("<figure id=\"fig-temperature\""))
        #expect(jupyter.contains("Figure 1: Temperature over the week."))
        #expect(jupyter.contains("<table border=\"1\" class=\"dataframe\">"))
        #expect(jupyter.contains("<td>94.00</td>"))
        #expect(!jupyter.contains("clearpage"))
        #expect(!jupyter.contains("language-{"))
    }

    @Test func unexecutedCellsFollowTheirOptions() throws {
        let site = try Self.copy()
        defer { site.remove() }
        let summary = try site.build()
        let html = try #require(site.file("blog/2023/11/20/unfrozen-model/index.html"))
        let code = Self.allText(html)
        #expect(!code.contains("library(tidyverse)"), "include: false")
        #expect(!code.contains("hidden_helper"), "echo: false")
        #expect(!code.contains("group_by(Diet)"), "echo: false on the table cell")
        #expect(code.contains("install.packages(\"nlme\")"), "eval: false shows code")
        #expect(html.contains("<details class=\"code-fold\" open><summary>Plotting code</summary>"), "code-fold: show from format.html")
        #expect(html.contains("<figure id=\"fig-growth\""))
        #expect(html.contains("Figure 1: Chick weight over time."))
        #expect(html.contains("Figure%20not%20executed"), "the placeholder image says it")
        #expect(html.contains("Table 1: Mean final weight by diet."))
        #expect(html.contains("Not executed: this post"))
        #expect(html.contains("<a href=\"#fig-growth\" class=\"cross-ref\">Figure 1</a>"))
        #expect(html.contains("<a href=\"#tbl-diets\" class=\"cross-ref\">Table 1</a>"))
        let warning = summary.diagnostics.first { $0.ruleID == "quarto-not-executed" && $0.location?.file.contains("unfrozen") == true }
        #expect(warning?.message.hasPrefix("3 code cell(s)") == true)
        let rmd = Self.allText(try #require(site.file("blog/2020/legacy/index.html")))
        #expect(!rmd.contains("opts_chunk"), "include=FALSE in an R Markdown header")
        #expect(!rmd.contains("plot(cars)"), "echo=FALSE in an R Markdown header")
        #expect(rmd.contains("summary(pressure)"))
    }

    @Test func shortcodesExpandAndUnknownOnesWarnOncePerName() throws {
        let site = try Self.copy()
        defer { site.remove() }
        let summary = try site.build()
        let notes = try #require(site.file("blog/2022/notes-on-shortcodes.html"))
        #expect(notes.contains("This lab is Kestrel Lab and this post is “Notes on shortcodes” by Ada Example.")
                || notes.contains("This lab is Kestrel Lab and this post is &quot;Notes on shortcodes&quot; by Ada Example.")
                || notes.contains("This lab is Kestrel Lab and this post is \"Notes on shortcodes\" by Ada Example."))
        #expect(notes.contains("This paragraph comes from an included file, version 2.3.1."))
        #expect(notes.contains("<code>{{&lt; var version &gt;}}</code>"))
        let unknown = summary.diagnostics.filter { $0.ruleID == "unknown-shortcode" }
        #expect(unknown.map(\.message).sorted() == ["unknown shortcode 'bi' rendered as nothing", "unknown shortcode 'fa' rendered as nothing"])
        let about = try #require(site.file("about.html"))
        #expect(about.contains("Kestrel Lab studies birds of prey. Write to us at lab@example.org."))
        #expect(about.contains("<kbd>Ctrl-C</kbd>"))
        #expect(about.contains("https://www.youtube.com/embed/aqz-KE-bpKQ"))
        #expect(about.contains("page-break-after: always"))
        #expect(about.contains("Written in en for Field Notes."))
    }

    @Test func frontMatterDatesTitlesAndListing() throws {
        let site = try Self.copy()
        defer { site.remove() }
        let summary = try site.build()
        func dateISO(_ path: String) -> String? {
            guard let html = site.file(path), let range = html.range(of: "<time datetime=\"") else { return nil }
            return String(html[range.upperBound...].prefix(10))
        }
        #expect(dateISO("blog/2024/05/01/frozen-penguins/index.html") == "2024-05-01")
        #expect(dateISO("blog/2024/02/10/pandas-frozen/index.html") == "2025-09-24")
        #expect(dateISO("blog/2023/11/20/unfrozen-model/index.html") == "2023-11-20")
        #expect(dateISO("blog/2022/notes-on-shortcodes.html") == "2023-07-23")
        #expect(dateISO("blog/2021/untitled-thoughts/index.html") != nil, "date: last-modified resolves")
        #expect(site.file("blog/2021/untitled-thoughts/index.html")?.contains("<h1>untitled-thoughts</h1>") == true)
        #expect(summary.diagnostics.contains { $0.ruleID == "missing-title" && $0.severity == .warning })
        let post = try #require(site.file("blog/2024/05/01/frozen-penguins/index.html"))
        #expect(post.contains("<p class=\"subtitle\">Bill length against depth in the Palmer penguins</p>"))
        #expect(post.contains("content=\"https://fieldnotes.example.org/blog/2024/05/01/frozen-penguins/bills-thumb.png\""))
        #expect(post.contains("<a href=\"https://ada.example.org\">Ada Example</a>"))
        #expect(post.contains("https://orcid.org/0000-0002-1825-0097"))
        #expect(post.contains("(Kestrel Lab, Example University)"))
        let home = try #require(site.file("index.html"))
        #expect(home.contains("listing-grid"))
        #expect(home.contains("<img src=\"/blog/2024/05/01/frozen-penguins/bills-thumb.png\" alt=\"Scatter plot of penguin bill length against bill depth\""))
        #expect(home.contains("<img src=\"/images/shortcodes.png\""))
        #expect(home.contains("<a href=\"/about.html\">About</a>"))
        #expect(home.contains(">GitHub</a>"))
        #expect(!home.contains("An idea not ready yet"))
    }

    @Test func withoutSiteURLTheSiteBuildsWithoutFeedsOrSitemap() throws {
        let site = try Self.copy { root in
            let url = root.appendingPathComponent("_quarto.yml")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "  site-url: https://fieldnotes.example.org/\n", with: "")
            try Data(text.utf8).write(to: url)
        }
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.ruleID == "missing-base-url" })
        #expect(site.exists("index.html"))
        #expect(!site.exists("index.xml") && !site.exists("atom.xml") && !site.exists("sitemap.xml"))
        #expect(summary.feeds == 0)
    }

    @Test func sitegenYmlBesideItOverridesItsKeys() throws {
        let site = try Self.copy { root in
            try Data("title: Field Notes (mirror)\nparams:\n  mirror: true\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        }
        defer { site.remove() }
        try site.build()
        let home = try #require(site.file("index.html"))
        #expect(home.contains("Field Notes (mirror)"))
        #expect(site.exists("index.xml"), "site-url from _quarto.yml still applies")
    }

    @Test func qmdAndRmdInAPlainSiteReadLikeMarkdownAndOtherFilesAreListed() throws {
        let site = try TestSite([
            "sitegen.yml": "title: T\nbase_url: https://example.org/\n",
            "Content/posts/one.qmd": "---\ntitle: One\ndate: 2024-01-02\n---\n\n```{python}\n#| echo: true\nprint(1)\n```\n",
            "Content/posts/two/index.Rmd": "---\ntitle: Two\ndate: July 4 2024\n---\n\n```{r, include=FALSE}\nx <- 1\n```\n\nText.\n",
            "Content/posts/notebook.ipynb": "{}",
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(site.file("posts/one/index.html").map(Self.allText)?.contains("print(1)") == true)
        #expect(site.file("posts/one/index.html")?.contains("#|") == false)
        #expect(site.file("posts/two/index.html").map(Self.allText)?.contains("x <- 1") == false)
        #expect(site.file("posts/two/index.html")?.contains("2024-07-04") == true)
        #expect(summary.diagnostics.contains { $0.ruleID == "skipped-files" && $0.message.contains("1 .ipynb") })
    }
}

/// Real Quarto blogs carry dates and front matter sitegen cannot always read; they must still build.
@Suite struct QuartoRobustnessTests {
    @Test func anUnreadableDateIsAWarningNotAFailedBuild() throws {
        let site = try TestSite([
            "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: T\n  site-url: https://example.org/\n",
            "index.qmd": "---\ntitle: Home\nlisting:\n  contents: posts\n---\n",
            "posts/a/index.qmd": "---\ntitle: A\ndate: 15/01/2023\n---\n\nText.\n\n::: {.column-margin}\nA note never closed.\n",
            "posts/b.qmd": "---\ntitle: B\ndate: 2023-01-02\n---\n\nSee [the other](../posts/a/index.qmd).\n",
        ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.ruleID == "invalid-date" && $0.severity == .warning })
        #expect(summary.diagnostics.contains { $0.ruleID == "unclosed-div" && $0.severity == .warning })
        #expect(site.exists("posts/a/index.html"))
        #expect(site.exists("posts/b.html"))
        #expect(site.file("posts/b.html")?.contains("href=\"../posts/a/index.html\"") == true, "links to .qmd files point at their pages")
    }

    @Test func aListingPageElsewhereTakesTheListingAndTheRootPageStays() throws {
        let site = try TestSite([
            "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: T\n  site-url: https://example.org/\n  navbar:\n    left:\n      - blog.qmd\n",
            "index.qmd": "---\ntitle: Welcome\n---\n\nAbout me.\n",
            "blog.qmd": "---\ntitle: Blog\nlisting:\n  contents: posts\n  type: table\n---\n",
            "posts/one/index.qmd": "---\ntitle: One\ndate: 2023-01-02\nauthor: Ada\n---\n\nText.\n",
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.file("index.html")?.contains("About me.") == true)
        let listing = try #require(site.file("blog/index.html"))
        #expect(listing.contains("<table class=\"listing-table\">"))
        #expect(listing.contains("<td>Ada</td>"))
        #expect(site.file("blog.html")?.contains("https://example.org/blog/") == true, "Quarto's URL of the listing redirects")
        #expect(site.file("index.html")?.contains("<a href=\"/blog.html\">Blog</a>") == true)
    }
}
