import SitegenCore
import Testing
@testable import SitegenMarkdown

@Suite struct CrossReferenceIndexTests {
    let source = post("""
    ![First](a.png){#fig-a}

    # Intro {#sec-intro}

    | x |
    |---|
    | 1 |

    : Data {#tbl-data}

    $$x$$ {#eq-one}

    ## Details

    ![Second](b.png){#fig-b}

    ## Aside {.unnumbered #sec-aside}

    ### Under aside

    # Methods

    ::: {#fig-c}
    ![P](p.png){#fig-c-1}

    ![Q](q.png){#fig-c-2}

    Panels.
    :::

    $$y$$ {#eq-two}

    ::: {#thm-main}
    Claim.
    :::
    """)

    @Test func numbersLabelledThingsInDocumentOrder() throws {
        let index = CrossReferenceIndex(parse(source).document)
        #expect(index.diagnostics.isEmpty)
        #expect(index["fig-a"]?.number == "1")
        #expect(index["fig-b"]?.number == "2")
        #expect(index["fig-c"]?.number == "3")
        #expect(index["fig-c-1"]?.number == "3 (a)")
        #expect(index["fig-c-2"]?.number == "3 (b)")
        #expect(index["tbl-data"]?.number == "1")
        #expect(index["eq-one"]?.number == "1")
        #expect(index["eq-two"]?.number == "2")
        #expect(index["thm-main"]?.number == "1")
        #expect(index["thm-main"]?.kind == "thm")
        #expect(index["fig-a"]?.kind == "fig")
        #expect(index["fig-a"]?.anchor == "fig-a")
        #expect(index["fig-a"]?.location.lineColumn == "5:1")
        #expect(index["eq-two"]?.location.line == 35)
    }

    @Test func sectionsNumberHierarchicallySkippingUnnumbered() {
        let index = CrossReferenceIndex(parse(source).document)
        #expect(index["sec-intro"]?.number == "1")
        #expect(index["details"]?.number == "1.1")
        #expect(index["sec-aside"]?.number == "")
        #expect(index["sec-aside"]?.title == "Aside")
        #expect(index["under-aside"]?.number == "")
        #expect(index["methods"]?.number == "2")
        #expect(index["sec-intro"]?.kind == "sec")
    }

    @Test func unlabelledThingsAreNotNumbered() {
        let index = CrossReferenceIndex(parse("![Cap](a.png)\n\n![Cap](b.png){#fig-b}\n\n![Cap](c.png){#plot}\n").document)
        #expect(index["fig-b"]?.number == "1")
        #expect(index["plot"] == nil)
    }

    @Test func duplicateLabelsAreReportedAtBothPlaces() throws {
        let index = CrossReferenceIndex(parse(post("![A](a.png){#fig-x}\n\ntext\n\n![B](b.png){#fig-x}\n")).document)
        let diagnostic = try #require(index.diagnostics.first)
        #expect(index.diagnostics.count == 1)
        #expect(diagnostic.ruleID == "duplicate-label")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "duplicate label fig-x")
        #expect(diagnostic.location?.lineColumn == "9:1")
        #expect(diagnostic.related.map(\.location.lineColumn) == ["5:1"])
        #expect(index["fig-x"]?.location.line == 5)
    }

    @Test func duplicateSectionLabels() {
        let index = CrossReferenceIndex(parse("# A {#sec-a}\n\n# B {#sec-a}\n").document)
        #expect(index.diagnostics.map(\.ruleID) == ["duplicate-label"])
    }
}
