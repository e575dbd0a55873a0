/// Chooses the units of each document.
enum RewriteUnitSelector {
    /// The units of all documents, in time order.
    static func units(_ corpus: Corpus, minWords: Int) -> [RewriteUnit] {
        var units: [RewriteUnit] = []
        for docIndex in corpus.chronologicalDocuments {
            let document = corpus.documents[docIndex]
            var top = Int(document.rootSection)
            // A lone title section ("# Title" over the whole post) is not a unit of rewriting: look inside.
            var depth = 0
            while depth < 8, corpus.sections[top].children.count == 1, ownWords(corpus, top) < minWords {
                top = Int(corpus.sections[top].children[0])
                depth += 1
            }
            appendUnits(corpus, top: top, rank: document.rank, minWords: minWords, into: &units)
        }
        return units
    }

    private static func appendUnits(_ corpus: Corpus, top: Int, rank: Int, minWords: Int, into units: inout [RewriteUnit]) {
        let section = corpus.sections[top]
        var position = 0
        var ordinal: Int32 = 0
        func make(_ sectionIndex: Int, start: Int32, end: Int32, isTop: Bool, parent: Int32) -> RewriteUnit? {
            let unit = RewriteUnit(
                document: section.document, section: Int32(sectionIndex), passageStart: start, passageEnd: end,
                tokenStart: tokenStart(corpus, start, end), tokenEnd: tokenEnd(corpus, start, end), isTop: isTop,
                parent: parent, order: rank * 1_000_000 + position)
            position += 1
            guard unit.wordCount >= minWords else { return nil }
            var kept = unit
            kept.ordinal = ordinal
            ordinal += 1
            return kept
        }
        if section.children.isEmpty {
            if let unit = make(top, start: section.passageStart, end: section.passageEnd, isTop: true, parent: -1) {
                units.append(unit)
            }
            return
        }
        if let lead = make(top, start: section.passageStart, end: section.ownEnd, isTop: true, parent: -1) {
            units.append(lead)
        }
        for child in section.children where !corpus.sections[Int(child)].isApparatus {
            let record = corpus.sections[Int(child)]
            guard let unit = make(Int(child), start: record.passageStart, end: record.passageEnd, isTop: true, parent: -1)
            else { continue }
            let parent = Int32(units.count)
            units.append(unit)
            appendNested(corpus, section: Int(child), parent: parent, make: make, into: &units)
        }
    }

    private static func appendNested(
        _ corpus: Corpus, section: Int, parent: Int32,
        make: (Int, Int32, Int32, Bool, Int32) -> RewriteUnit?, into units: inout [RewriteUnit]
    ) {
        for child in corpus.sections[section].children where !corpus.sections[Int(child)].isApparatus {
            let record = corpus.sections[Int(child)]
            guard let unit = make(Int(child), record.passageStart, record.passageEnd, false, parent) else { continue }
            let index = Int32(units.count)
            units.append(unit)
            appendNested(corpus, section: Int(child), parent: index, make: make, into: &units)
        }
    }

    private static func ownWords(_ corpus: Corpus, _ section: Int) -> Int {
        let record = corpus.sections[section]
        return Int(tokenEnd(corpus, record.passageStart, record.ownEnd) - tokenStart(corpus, record.passageStart, record.ownEnd))
    }

    private static func tokenStart(_ corpus: Corpus, _ start: Int32, _ end: Int32) -> Int32 {
        start < end ? corpus.passages[Int(start)].tokenStart : 0
    }

    private static func tokenEnd(_ corpus: Corpus, _ start: Int32, _ end: Int32) -> Int32 {
        start < end ? corpus.passages[Int(end) - 1].tokenEnd : 0
    }
}
