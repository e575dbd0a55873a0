import Testing
@testable import SitegenBibliography

@Suite struct BibTeXNameParserTests {
    func names(_ s: String) -> [CSLName] { BibTeXNameParser.parse(s) }

    @Test func firstLastAndLastFirst() {
        #expect(names("Donald E. Knuth") == [CSLName(family: "Knuth", given: "Donald E.")])
        #expect(names("Knuth, Donald E.") == [CSLName(family: "Knuth", given: "Donald E.")])
    }

    @Test func vonParts() {
        #expect(names("Ludwig van Beethoven") == [CSLName(family: "Beethoven", given: "Ludwig", droppingParticle: "van")])
        #expect(names("van der Berg, Piet") == [CSLName(family: "Berg", given: "Piet", droppingParticle: "van der")])
        #expect(names("Jean de La Fontaine") == [CSLName(family: "La Fontaine", given: "Jean", droppingParticle: "de")])
        #expect(names("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin")
                == [CSLName(family: "Vallée Poussin", given: "Charles Louis Xavier Joseph", droppingParticle: "de la")])
    }

    @Test func useprefixMakesTheParticleNonDropping() {
        #expect(BibTeXNameParser.parse("van Gogh, Vincent", useprefix: true) == [CSLName(family: "Gogh", given: "Vincent", nonDroppingParticle: "van")])
    }

    @Test func juniorForm() {
        #expect(names("King, Jr., Martin Luther") == [CSLName(family: "King", given: "Martin Luther", suffix: "Jr.")])
    }

    @Test func corporateNamesInBraces() {
        #expect(names("{World Health Organization} and {R Core Team}") == [.literal("World Health Organization"), .literal("R Core Team")])
        #expect(names("{Barnes and Noble}") == [.literal("Barnes and Noble")])
    }

    @Test func andOthers() {
        #expect(names("Smith, J. and others") == [CSLName(family: "Smith", given: "J."), .literal("others")])
    }

    @Test func initialsWithoutSpacesAreSplit() {
        #expect(names("J.G. Ballard") == [CSLName(family: "Ballard", given: "J. G.")])
        #expect(names("Ballard, J.G.") == [CSLName(family: "Ballard", given: "J. G.")])
    }

    @Test func accentsAndHyphens() {
        #expect(names("M{\\\"u}ller, J{\\\"u}rgen and Sartre, Jean-Paul") == [CSLName(family: "Müller", given: "Jürgen"), CSLName(family: "Sartre", given: "Jean-Paul")])
    }

    @Test func singleWordAndEmptyNames() {
        #expect(names("Herodotus") == [CSLName(family: "Herodotus")])
        #expect(names("  ").isEmpty)
        #expect(names("A and  and B").count == 2)
    }

    @Test func bibtexVariantTakesTheLastCapitalisedWordsAsFamily() {
        #expect(BibTeXNameParser.parse("Drummond de Andrade, Carlos", bibtexStyle: true)
                == [CSLName(family: "Andrade", given: "Carlos", droppingParticle: "Drummond de")])
        #expect(names("Drummond de Andrade, Carlos") == [CSLName(family: "Drummond de Andrade", given: "Carlos")])
    }
}
