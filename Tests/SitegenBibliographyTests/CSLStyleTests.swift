import Testing
@testable import SitegenBibliography

@Suite struct CSLStyleTests {
    @Test func embeddedStylesAreTheCSLProjectFiles() throws {
        for file in ["chicago-author-date.csl", "ieee.csl"] {
            let xml = try #require(CSLStyle.embeddedText(file), "\(file) is embedded")
            #expect(xml.contains("<rights license=\"http://creativecommons.org/licenses/by-sa/3.0/\">"), "\(file) keeps its licence")
            let (style, diagnostics) = CSLStyle.parse(xml, path: file)
            #expect(style != nil, "\(file)")
            #expect(diagnostics.isEmpty, "\(file): \(diagnostics)")
        }
        #expect(CSLStyle.builtinAuthorDate.title == "Chicago Manual of Style 17th edition (author-date)")
        #expect(CSLStyle.builtinNumeric.title == "IEEE")
        #expect(CSLStyle.builtinNumeric.usesCitationNumber)
        #expect(!CSLStyle.builtinAuthorDate.usesCitationNumber)
        #expect(CSLLocale.enUS.term("editor", form: "short") == "ed.")
        #expect(CSLLocale.enUS.punctuationInQuote)
    }

    @Test func malformedStylesNameTheElement() {
        let (style, d) = CSLStyle.parse("""
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
          <macro name="m"><text/><frobnicate/></macro>
          <citation><layout><text macro="missing"/><names/><choose><if><text value="x"/></if><otherwise/></choose></layout></citation>
          <bibliography/>
        </style>
        """, path: "bad.csl")
        #expect(style != nil)
        let messages = d.map(\.message)
        #expect(messages.contains("<text> needs one of 'variable', 'macro', 'term' or 'value'"))
        #expect(messages.contains("unknown rendering element <frobnicate>"))
        #expect(messages.contains("<if> has no condition"))
        #expect(messages.contains("unknown element <otherwise> in <choose>"))
        #expect(messages.contains("<bibliography> has no <layout>"))
        #expect(messages.contains("<text macro=\"missing\"> names an undefined macro"))
        #expect(d.allSatisfy { $0.ruleID == "csl-style" && $0.location?.file == "bad.csl" })
        #expect(d.first { $0.message.contains("frobnicate") }?.location?.line == 2)
    }

    @Test func notAStyle() {
        #expect(CSLStyle.parse("<html/>").style == nil)
        #expect(CSLStyle.parse("<style xmlns=\"http://purl.org/net/xbiblio/csl\"/>").diagnostics.first?.message == "the style has no <citation> element")
        #expect(CSLStyle.parse("not xml at all").style == nil)
        #expect(CSLStyle.load(path: "/nonexistent/style.csl").diagnostics.first?.message.contains("cannot read") == true)
    }

    @Test func styleLocaleOverridesTerms() {
        let style = TestSupport.style("""
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
          <locale xml:lang="en"><terms><term name="and">plus</term></terms></locale>
          <locale xml:lang="de"><terms><term name="and">und</term></terms></locale>
          <citation><layout><text term="and"/></layout></citation>
        </style>
        """)
        #expect(style.locale().term("and") == "plus")
        #expect(CSLStyle.builtinAuthorDate.locale().term("translator", form: "short") == "trans.")
        let british = CSLLocaleResolver.installed("en-GB")
        if british.language == "en-GB" {
            #expect(british.term("open-quote") == "‘")
            #expect(!british.punctuationInQuote)
        }
    }
}
