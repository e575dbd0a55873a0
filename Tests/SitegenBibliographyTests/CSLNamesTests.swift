import Testing
@testable import SitegenBibliography

@Suite struct CSLNamesTests {
    let three = CSLItem(id: "k", type: "book", names: ["author": [
        CSLName(family: "Smith", given: "John Ronald"), CSLName(family: "Gogh", given: "Vincent", nonDroppingParticle: "van"),
        CSLName(family: "Berg", given: "Piet", droppingParticle: "van der"),
    ]])

    func names(_ nameAttributes: String, etAl: String = "", label: String = "", item: CSLItem? = nil, style: String = "") -> String {
        TestSupport.entry("<names variable=\"author\"><name \(nameAttributes)/>\(etAl)\(label)</names>", item ?? three, styleAttributes: style)
    }

    @Test func longNamesWithAndAndDelimiterPrecedesLast() {
        #expect(names(#"and="text" delimiter=", ""#) == "John Ronald Smith, Vincent van Gogh, and Piet van der Berg")
        #expect(names(#"and="symbol" delimiter=", " delimiter-precedes-last="never""#) == "John Ronald Smith, Vincent van Gogh & Piet van der Berg")
        #expect(names(#"delimiter="; ""#) == "John Ronald Smith; Vincent van Gogh; Piet van der Berg")
    }

    @Test func nameAsSortOrderAndParticles() {
        #expect(names(#"name-as-sort-order="first" and="text""#) == "Smith, John Ronald, Vincent van Gogh, and Piet van der Berg")
        #expect(names(#"name-as-sort-order="all""#) == "Smith, John Ronald, Gogh, Vincent van, Berg, Piet van der")
        #expect(names(#"name-as-sort-order="all""#, style: #"demote-non-dropping-particle="never""#)
                == "Smith, John Ronald, van Gogh, Vincent, Berg, Piet van der")
        #expect(names(#"name-as-sort-order="all" sort-separator=" ""#) == "Smith John Ronald, Gogh Vincent van, Berg Piet van der")
    }

    @Test func initials() {
        #expect(names(#"initialize-with=". ""#) == "J. R. Smith, V. van Gogh, P. van der Berg")
        #expect(names(#"initialize-with=".""#) == "J.R. Smith, V. van Gogh, P. van der Berg")
        #expect(CSLEvaluator.initials("Jean-Paul", with: ". ", initialize: true, hyphen: true) == "J.-P.")
        #expect(CSLEvaluator.initials("Jean-Paul", with: ". ", initialize: true, hyphen: false) == "J.P.")
        #expect(CSLEvaluator.initials("John R.", with: ". ", initialize: false, hyphen: true) == "John R.")
        #expect(CSLEvaluator.initials("Ph.M.E.", with: ". ", initialize: true, hyphen: true) == "Ph. M. E.")
        #expect(CSLEvaluator.initials("ME", with: ".", initialize: true, hyphen: true) == "M.")
        #expect(CSLEvaluator.initials("ME", with: ".", initialize: false, hyphen: true) == "ME")
        #expect(CSLEvaluator.initials("John M.E.", with: "", initialize: false, hyphen: true) == "John ME")
        #expect(CSLEvaluator.initials("John Bertrand de Cusance", with: ".", initialize: true, hyphen: true) == "J.B. de C.")
        #expect(CSLEvaluator.initials("Guo-ping", with: ". ", initialize: true, hyphen: true) == "G.")
        #expect(CSLEvaluator.initials("TSerendorjiin", with: ".", initialize: true, hyphen: true) == "Ts.")
    }

    @Test func particlesParsedFromCSLJSON() {
        let json = #"[{"id": "a", "type": "book", "author": [{"family": "van der Vlist", "given": "Eric"},"#
            + #"{"family": "d'Aubignac", "given": "Alexander von"}, {"family": "\"Van Dyke\"", "given": "Dick"},"#
            + #"{"family": "van Gogh", "given": "Vincent", "parse-names": false}]}]"#
        let (items, diagnostics) = CSLJSONReader.readJSON(json, file: "refs.json")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let authors = items.first?.names["author"] ?? []
        #expect(authors.count == 4)
        guard authors.count == 4 else { return }
        #expect(authors[0].nonDroppingParticle == "van der" && authors[0].family == "Vlist")
        #expect(authors[1].nonDroppingParticle == "d'" && authors[1].family == "Aubignac")
        #expect(authors[1].droppingParticle == "von" && authors[1].given == "Alexander")
        #expect(authors[2].nonDroppingParticle == nil && authors[2].family == "Van Dyke")
        #expect(authors[3].nonDroppingParticle == nil && authors[3].family == "van Gogh")
    }

    @Test func shortFormAndCount() {
        #expect(names(#"form="short" and="text""#) == "Smith, van Gogh, and Berg")
        #expect(TestSupport.entry(#"<names variable="author"><name form="count"/></names>"#, three) == "3")
    }

    @Test func etAl() {
        #expect(names(#"et-al-min="3" et-al-use-first="1""#) == "John Ronald Smith et al.")
        #expect(names(#"et-al-min="3" et-al-use-first="2""#) == "John Ronald Smith, Vincent van Gogh, et al.")
        #expect(names(#"et-al-min="3" et-al-use-first="2" delimiter-precedes-et-al="never""#) == "John Ronald Smith, Vincent van Gogh et al.")
        #expect(names(#"et-al-min="3" et-al-use-first="1""#, etAl: #"<et-al term="and others" font-style="italic"/>"#) == "John Ronald Smith and others")
        #expect(names(#"et-al-min="3" et-al-use-first="1" et-al-use-last="true""#) == "John Ronald Smith, … Piet van der Berg")
        #expect(names(#"et-al-min="4" et-al-use-first="1""#) == "John Ronald Smith, Vincent van Gogh, Piet van der Berg")
    }

    @Test func othersForcesEtAl() {
        let item = CSLItem(id: "k", type: "book", names: ["author": [CSLName(family: "Last", given: "First"), .literal("others")]])
        #expect(names(#"name-as-sort-order="first""#, item: item) == "Last, First et al.")
    }

    @Test func namePartFormattingAndLabels() {
        let one = CSLItem(id: "k", type: "book", names: ["editor": [CSLName(family: "Ed", given: "Ann")], "author": [CSLName(family: "Au", given: "Bo")]])
        let out = TestSupport.entry(#"<names variable="author"><name><name-part name="family" text-case="uppercase"/></name></names>"#, one)
        #expect(out == "Bo AU")
        #expect(TestSupport.entry(#"<names variable="editor"><name/><label form="short" prefix=" (" suffix=")"/></names>"#, one) == "Ann Ed (ed.)")
        #expect(TestSupport.entry(#"<names variable="editor"><label form="verb" suffix=" "/><name/></names>"#, one) == "edited by Ann Ed")
        #expect(TestSupport.entry(#"<names variable="author"><name/><label form="short" prefix=", "/></names>"#, three).hasSuffix("Berg"))
    }

    @Test func editorTranslatorCombine() {
        let same = [CSLName(family: "Tr", given: "Ed")]
        let item = CSLItem(id: "k", type: "book", names: ["editor": same, "translator": same])
        #expect(TestSupport.entry(#"<names variable="editor translator"><name/><label form="short" prefix=", "/></names>"#, item) == "Ed Tr, ed. & tran.")
    }

    @Test func substituteAndSuppression() {
        let item = CSLItem(id: "k", type: "book", fields: ["title": "Only a Title"], names: ["editor": [CSLName(family: "Ed", given: "A")]])
        let frag = #"<group delimiter=". "><names variable="author"><name/><substitute><names variable="editor"/><text variable="title"/></substitute></names><names variable="editor"/><text variable="title"/></group>"#
        #expect(TestSupport.entry(frag, item) == "A Ed. Only a Title")
        let noEditor = CSLItem(id: "k", type: "book", fields: ["title": "Only a Title"])
        #expect(TestSupport.entry(frag, noEditor) == "Only a Title")
    }

    @Test func literalAndSuffixNames() {
        let item = CSLItem(id: "k", type: "book", names: ["author": [.literal("R Core Team"), CSLName(family: "King", given: "Martin", suffix: "Jr.", commaSuffix: true)]])
        #expect(names(#"and="text""#, item: item) == "R Core Team and Martin King, Jr.")
        #expect(names(#"name-as-sort-order="all" and="text""#, item: item) == "R Core Team and King, Martin, Jr.")
    }
}
