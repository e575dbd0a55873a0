import SitegenCore
import Testing
@testable import SitegenBibliography

@Suite struct BibTeXParserTests {
    func parse(_ text: String) -> ([BibTeXEntry], [Diagnostic]) {
        var p = BibTeXParser(text: text, file: "refs.bib")
        let r = p.parse()
        return (r.entries, r.diagnostics)
    }

    @Test func stringMacrosAndConcatenation() {
        let (entries, diagnostics) = parse("""
        @string{acm = "ACM"}
        @STRING(proc = {Proceedings of the })
        @inproceedings{k, booktitle = proc # acm # { Conference}, year = 2020, month = jan}
        """)
        #expect(diagnostics.isEmpty)
        #expect(entries.count == 1)
        #expect(entries[0].fields["booktitle"] == "Proceedings of the ACM Conference")
        #expect(entries[0].fields["year"] == "2020")
        #expect(entries[0].fields["month"] == "1")
    }

    @Test func nestedBracesAndQuotedValuesKeepInnerBraces() {
        let (entries, _) = parse(#"@article{k, title = {A {Nested {Deep}} Title}, note = "Quoted {with "inner"} text"}"#)
        #expect(entries[0].fields["title"] == "A {Nested {Deep}} Title")
        #expect(entries[0].fields["note"] == #"Quoted {with "inner"} text"#)
    }

    @Test func commentsPreambleAndTextBetweenEntriesAreSkipped() {
        let (entries, diagnostics) = parse("""
        Some prose before entries.
        @comment{ignored {nested} stuff}
        @preamble{"\\newcommand{\\x}{y}"}
        @book{b1, title={One}}
        % a percent comment line
        @book{b2, title={Two},}
        """)
        #expect(diagnostics.isEmpty)
        #expect(entries.map(\.key) == ["b1", "b2"])
    }

    @Test func entryTypeAndFieldNamesAreCaseInsensitiveAndAliased() {
        let (entries, _) = parse("@ARTICLE{Key:2020, TITLE={T}, ArchivePrefix={arXiv}, PrimaryClass={cs.CL}}")
        #expect(entries[0].type == "article")
        #expect(entries[0].key == "Key:2020")
        #expect(entries[0].fields["title"] == "T")
        #expect(entries[0].fields["eprinttype"] == "arXiv")
        #expect(entries[0].fields["eprintclass"] == "cs.CL")
    }

    @Test func parenthesisedEntries() {
        let (entries, diagnostics) = parse("@book(k, title = {Parens})")
        #expect(diagnostics.isEmpty)
        #expect(entries.first?.fields["title"] == "Parens")
    }

    @Test func malformedEntryReportsLineAndColumnAndTheRestStillLoads() {
        let (entries, diagnostics) = parse("""
        @article{good1, title = {Fine}}
        @article{bad, title {Missing equals}}
        @article{good2, title = {Also fine}}
        """)
        #expect(entries.map(\.key) == ["good1", "good2"])
        #expect(diagnostics.count == 1)
        let d = diagnostics.first
        #expect(d?.severity == .error)
        #expect(d?.location?.line == 2)
        #expect(d?.location?.column == 21)
        #expect(d?.message.contains("expected '=' after field name 'title'") == true)
        #expect(d?.ruleID == "bibliography-syntax")
    }

    @Test func unclosedBraceIsReportedAtItsOpeningAndNextEntryLoads() {
        let (entries, diagnostics) = parse("""
        @article{a, title = {Never closed,
          year = 2020
        @book{b, title = {Next}}
        """)
        #expect(entries.map(\.key) == ["b"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location?.line == 1)
        #expect(diagnostics[0].message.contains("'}' to close"))
    }

    @Test func missingCommaAfterKeyAndMissingKey() {
        let (_, d1) = parse("@article{k title = {T}}")
        #expect(d1.first?.message.contains("',' after the key 'k'") == true)
        let (_, d2) = parse("@article{, title = {T}}")
        #expect(d2.first?.message.contains("a citation key") == true)
        let (_, d3) = parse("@article")
        #expect(d3.first?.message.contains("'{' after '@article'") == true)
    }

    @Test func missingSeparatorBetweenFields() {
        let (_, diagnostics) = parse("@article{k, title = {T} year = 2020}")
        #expect(diagnostics.first?.message.contains("',' or '}' after the value of 'title'") == true)
        #expect(diagnostics.first?.location?.column == 25)
    }

    @Test func undefinedMacroIsAWarningAndKeepsTheName() {
        let (entries, diagnostics) = parse("@article{k, journal = jnl}")
        #expect(entries[0].fields["journal"] == "jnl")
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message == "undefined @string macro 'jnl'")
    }

    @Test func duplicateKeysWarnNamingBothPlaces() {
        let (entries, diagnostics) = parse("""
        @book{dup, title = {First}}
        @book{dup, title = {Second}}
        """)
        #expect(entries.count == 1)
        #expect(entries[0].fields["title"] == "First")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].location?.line == 2)
        #expect(diagnostics[0].message.contains("refs.bib:1:1"))
        #expect(diagnostics[0].related.first?.location.line == 1)
    }

    @Test func emptyAndGarbageInputNeverCrash() {
        for text in ["", "@", "@{", "@article{", "@article{k,", "@article{k, t = {", "@string{x = }", "}}}}@@@", String(repeating: "{", count: 5000)] {
            let (entries, _) = parse(text)
            #expect(entries.isEmpty, "\(text.prefix(20))")
        }
    }
}
