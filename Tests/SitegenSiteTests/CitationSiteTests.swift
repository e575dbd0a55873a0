import Foundation
import Testing
@testable import SitegenSite
import SitegenCore

@Suite struct CitationSiteTests {
    static let bib = """
        @article{broder1997,
          author = {Broder, Andrei Z.},
          title = {On the Resemblance and Containment of Documents},
          journal = {Compression and Complexity of Sequences},
          year = {1997},
          pages = {21--29},
          doi = {10.1109/SEQUEN.1997.666900}
        }

        @book{knuth1984,
          author = {Knuth, Donald E.},
          title = {Literate Programming},
          publisher = {CSLI},
          year = {1992}
        }
        """

    static func site(_ post: String, config: String = "bibliography: references.bib\n", extra: [String: String] = [:]) throws -> TestSite {
        var files = ["sitegen.yml": TestSite.config + config, "Content/references.bib": bib, "Content/posts/p.md": post]
        files.merge(extra) { $1 }
        return try TestSite(files)
    }

    @Test func citationsAreFormattedLinkedAndListed() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nShingles work [@broder1997, p. 22], as @knuth1984 argued.\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("(<a href=\"#ref-broder1997\" role=\"doc-biblioref\""))
        #expect(page.contains("Broder 1997, 22)"))
        #expect(page.contains("Knuth (1992)"))
        #expect(page.contains("id=\"ref-broder1997\""))
        #expect(page.contains("https://doi.org/10.1109/SEQUEN.1997.666900"))
        #expect(page.components(separatedBy: "id=\"refs\"").count == 2, "one references list")
        let feed = try #require(site.file("index.xml"))
        #expect(feed.contains("ref-broder1997"), "feeds carry citations and references")
    }

    @Test func anUnknownKeyIsShownMissingAndWarnedOrFailsWithStrict() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nSee [@brodr1997].\n")
        defer { site.remove() }
        let summary = try site.build()
        let d = try #require(summary.diagnostics.first { $0.ruleID == "undefined-citation" })
        #expect(d.severity == .error, "the severity `sitegen lint` gives it; only --strict fails the build")
        #expect(d.location?.file == "Content/posts/p.md" && d.location?.line == 6 && d.location?.column == 6)
        #expect(d.hint?.contains("broder1997") == true)
        #expect(site.file("posts/p/index.html")?.contains("citation unresolved") == true)
        #expect(throws: (any Error).self) { try site.build(strict: true) }
    }

    @Test func aPostMayBringItsOwnBibliographyAndStyle() throws {
        let site = try Self.site(
            "---\ntitle: P\ndate: 2024-01-01\nbibliography: extra.json\n---\n\nAs [@doe2020] and [@knuth1984].\n",
            extra: ["Content/posts/extra.json": #"[{"id": "doe2020", "type": "article-journal", "title": "A Study", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020]]}}]"#])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("Doe 2020") && page.contains("Knuth 1992"))
    }

    @Test(arguments: ["nocite: \"@*\"", "nocite: |\n  @broder1997, @knuth1984", "nocite:\n  - \"@broder1997\"\n  - \"@knuth1984\""])
    func aPageWithOnlyNociteGetsItsReferenceList(nocite: String) throws {
        let site = try Self.site("---\ntitle: Publications\ndate: 2024-01-01\n\(nocite)\n---\n\nMy papers.\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("id=\"refs\""), "the reference list is written")
        #expect(page.contains("id=\"ref-broder1997\"") && page.contains("id=\"ref-knuth1984\""))
    }

    @Test func nociteWithoutABibliographyIsWarned() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\nnocite: \"@*\"\n---\n\nText.\n", config: "")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.ruleID == "missing-bibliography" && $0.message.contains("nocite") })
    }

    @Test func aNociteKeyMissingFromTheBibliographyIsWarned() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\nnocite: \"@brodr1997\"\n---\n\nText.\n")
        defer { site.remove() }
        let summary = try site.build()
        let d = try #require(summary.diagnostics.first { $0.ruleID == "undefined-citation" })
        #expect(d.message.contains("brodr1997") && d.hint?.contains("broder1997") == true)
    }

    @Test func aBareStyleNameResolvesFromTheSiteThenTheInstalledStyles() throws {
        let local = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <citation><layout prefix="[" suffix="]"><text value="LOCAL"/></layout></citation>
            </style>
            """
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nAs [@knuth1984].\n",
                                 config: "bibliography: references.bib\ncsl: house\n", extra: ["Content/house.csl": local])
        defer { site.remove() }
        let summary = try site.build()
        #expect(site.file("posts/p/index.html")?.contains("[LOCAL]") == true)
        #expect(summary.citationStyles == ["Content/house.csl"])
    }

    @Test func numericSelectsTheEmbeddedIEEEStyle() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\ncsl: numeric\n---\n\nAs [@knuth1984].\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.citationStyles == ["embedded ieee.csl"])
        #expect(site.file("posts/p/index.html")?.contains(">[1]</a>") == true)
    }

    @Test func theDefaultStyleIsTheEmbeddedChicagoAuthorDate() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nAs [@knuth1984].\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.citationStyles == ["embedded chicago-author-date.csl"])
        #expect(site.file("posts/p/index.html")?.contains("Knuth, Donald E. 1992. <em>Literate Programming</em>. CSLI.") == true)
    }

    @Test func anUnknownStyleNameListsWhereItLooked() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nText.\n", config: "bibliography: references.bib\ncsl: no-such-style\n")
        defer { site.remove() }
        // As the other citation problems: a warning (the default style is used), an error with --strict.
        let summary = try site.build()
        let d = try #require(summary.diagnostics.first { $0.ruleID == "csl-style" })
        #expect(d.message.contains("Content/no-such-style.csl") && d.message.contains("no-such-style.csl"))
        #expect(d.message.contains("/usr/share/citation-style-language/styles/no-such-style.csl"))
        #expect(throws: (any Error).self) { try site.build(strict: true) }
    }

    @Test func aDependentStyleUsesItsIndependentParent() throws {
        let parent = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <citation><layout><text value="PARENT"/></layout></citation>
            </style>
            """
        let dependent = """
            <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-GB">
              <info><link href="http://www.zotero.org/styles/parent-style" rel="independent-parent"/></info>
            </style>
            """
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nAs [@knuth1984].\n",
                                 config: "bibliography: references.bib\ncsl: child\n",
                                 extra: ["Content/child.csl": dependent, "Content/parent-style.csl": parent])
        defer { site.remove() }
        let summary = try site.build()
        #expect(site.file("posts/p/index.html")?.contains("PARENT") == true)
        #expect(summary.citationStyles == ["Content/child.csl → Content/parent-style.csl"])
    }

    @Test func langSelectsTheCitationLocale() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-de-DE.xml") else {
            print("langSelectsTheCitationLocale: citation-style-language-locales not installed, skipped")
            return
        }
        let bib = "@book{doe2020, author = {Doe, Jane and Roe, Rick}, title = {Ein Buch}, publisher = {Verlag}, year = {2020}}"
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\nlang: de\n---\n\nAs [@doe2020].\n", extra: ["Content/references.bib": bib])
        defer { site.remove() }
        try site.build()
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("Doe und Roe 2020"), "German 'and'")
    }

    @Test func aMissingBibliographyNamesThePath() throws {
        let site = try Self.site("---\ntitle: P\ndate: 2024-01-01\n---\n\nText.\n", config: "bibliography: nowhere.bib\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.contains { $0.ruleID == "missing-bibliography" && $0.message.contains("Content/nowhere.bib") })
    }

    @Test func citeThisPostWritesMetaTagsAndFiles() throws {
        let site = try Self.site("---\ntitle: Bending Light\ndate: 2024-03-05\nauthors: [Ada Lovelace]\ncitation: true\n---\n\nText.\n")
        defer { site.remove() }
        try site.build()
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("<meta name=\"citation_title\" content=\"Bending Light\">"))
        #expect(page.contains("<meta name=\"citation_author\""))
        #expect(page.contains("<meta name=\"citation_publication_date\" content=\"2024/03/05\">"))
        #expect(page.contains("class=\"cite-this\""))
        let bib = try #require(site.file("posts/p/cite.bib"))
        #expect(bib.contains("Bending Light") && bib.contains("https://lab.example.org/posts/p/"))
        let json = try #require(site.file("posts/p/cite.json"))
        #expect(json.contains("\"title\"") && json.contains("Lovelace"))
        let other = try Self.site("---\ntitle: Plain\ndate: 2024-03-05\n---\n\nText.\n")
        defer { other.remove() }
        try other.build()
        #expect(!other.exists("posts/p/cite.bib"))
        #expect(other.file("posts/p/index.html")?.contains("citation_title") == false)
    }
}

@Suite struct CitationWithoutBibliographyTests {
    @Test func citationsWithoutAnyBibliographyStayAsWrittenWithOneWarning() throws {
        let site = try TestSite(["sitegen.yml": TestSite.config, "Content/posts/p.md": "---\ntitle: P\ndate: 2024-01-01\n---\n\nSee [@a] and [@b].\n"])
        defer { site.remove() }
        let summary = try site.build()
        let warnings = summary.diagnostics.filter { $0.ruleID == "missing-bibliography" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hint?.contains("bibliography: references.bib") == true)
        #expect(site.file("posts/p/index.html")?.contains("[@a]") == true)
    }

    @Test func inlineReferencesAreMergedWithTheBibliographyAndWinOnTheSameId() throws {
        let post = """
        ---
        title: P
        date: 2024-01-01
        references:
        - id: knuth1984
          type: book
          title: Inline *Literate* Programming
          author:
          - family: Knuth
            given: Donald E.
          issued: 1984
        - id: fenner2012
          type: article-journal
          title: One-click science marketing
          author:
          - family: Fenner
            given: Martin
          container-title: Nature Materials
          issued:
            date-parts:
            - [2012, 3]
        ---

        As @knuth1984 and [@fenner2012; @broder1997] argued.
        """
        let site = try CitationSiteTests.site(post)
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let page = try #require(site.file("posts/p/index.html"))
        #expect(page.contains("Knuth (1984)"))
        // Italics inside the italic title flip back to upright (CSL flip-flop).
        #expect(page.contains("<em>Inline <span class=\"csl-no-emph\">Literate</span> Programming</em>"))
        #expect(page.contains("id=\"ref-fenner2012\"") && page.contains("Fenner 2012"))
        #expect(page.contains("id=\"ref-broder1997\""))
        let other = try CitationSiteTests.site("---\ntitle: Q\ndate: 2024-01-02\nreferences:\n- id: solo\n  type: book\n  title: Alone\n  issued: 2020\n---\n\nSee [@solo].\n", config: "")
        defer { other.remove() }
        #expect(try other.build().diagnostics.isEmpty)
        #expect(other.file("posts/p/index.html")?.contains("id=\"ref-solo\"") == true)
    }
}
