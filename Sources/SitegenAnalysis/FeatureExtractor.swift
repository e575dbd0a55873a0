import Foundation
import SitegenCore

/// The map stage: turns a chunk of documents into their feature records, independently of every other chunk
/// (nothing global is read), so chunks can be processed anywhere and in any order.
public enum FeatureExtractor {
    /// The feature records of `documents`, the first at input position `firstIndex`. `sources` names each
    /// document's source (parallel to `documents`; nil: `SourceNaming.source(of:)`).
    public static func records(_ documents: [Document], sources: [String]? = nil, firstIndex: Int,
                               options: AnalysisOptions = AnalysisOptions()) -> [FeatureRecord] {
        let corpus = CorpusBuilder.build(documents, sources: sources)
        let units = RewriteUnitSelector.units(corpus, minWords: options.minSectionWords)
        let signatures = SignatureBuilder(corpus: corpus, units: units, shingler: Shingler(size: max(1, options.shingleSize)))
            .signatures()
        let hashes = TermHash.all(corpus.vocabulary)
        var unitsOfDocument = [[Int]](repeating: [], count: corpus.documents.count)
        for (index, unit) in units.enumerated() { unitsOfDocument[Int(unit.document)].append(index) }
        var counter = UnitTermCounter(termCount: corpus.vocabulary.count)
        var seen = [Bool](repeating: false, count: corpus.vocabulary.count)
        return corpus.documents.indices.map { d in
            let document = corpus.documents[d]
            var termSet: [Int32] = []
            for position in Int(document.tokenStart)..<Int(document.tokenEnd) {
                let term = corpus.tokens.terms[position]
                guard term >= 0, !seen[Int(term)] else { continue }
                seen[Int(term)] = true
                termSet.append(term)
            }
            for term in termSet { seen[Int(term)] = false }
            let unitRecords = unitsOfDocument[d].map { u -> FeatureRecord.Unit in
                let unit = units[u]
                let counts = unit.isTop ? counter.counts(unit, in: corpus) : []
                return FeatureRecord.Unit(
                    unit: Int(unit.ordinal), section: Int(unit.section - document.rootSection), top: unit.isTop,
                    parent: unit.parent >= 0 ? Int(units[Int(unit.parent)].ordinal) : -1, words: unit.wordCount,
                    bands: signatures[u].bands.map(TermHash.hex), slots: signatures[u].slots,
                    terms: counts.map { TermHash.hex(hashes[Int($0.term)]) }, counts: counts.map { Int($0.count) })
            }
            return record(corpus, document: d, time: documents[d].metadata.date?.timeIntervalSince1970,
                          index: firstIndex + d, terms: termSet.map { hashes[Int($0)] }.sorted().map(TermHash.hex),
                          units: unitRecords)
        }
    }

    private static func record(_ corpus: Corpus, document d: Int, time: Double?, index: Int, terms: [String],
                               units: [FeatureRecord.Unit]) -> FeatureRecord {
        let document = corpus.documents[d]
        let file = document.location.file
        let sectionEnd = d + 1 < corpus.documents.count ? Int(corpus.documents[d + 1].rootSection) : corpus.sections.count
        let firstSection = Int(document.rootSection), firstPassage = Int(document.passageStart)
        let sections = corpus.sections[firstSection..<sectionEnd].map { section in
            FeatureRecord.Section(
                id: section.id, heading: section.heading, level: section.level, line: section.location.line,
                column: section.location.column, file: section.location.file == file ? nil : section.location.file,
                parent: section.parent >= 0 ? Int(section.parent) - firstSection : -1,
                start: Int(section.passageStart) - firstPassage, end: Int(section.passageEnd) - firstPassage,
                own: Int(section.ownEnd) - firstPassage, apparatus: section.isApparatus)
        }
        let passages = corpus.passages[firstPassage..<Int(document.passageEnd)].map { passage in
            FeatureRecord.Passage(
                kind: passage.kind.name, section: Int(passage.section) - firstSection, text: passage.text,
                block: Int(passage.block), line: passage.location.line, column: passage.location.column,
                file: passage.location.file == file ? nil : passage.location.file,
                support: passage.hasSupport ? true : nil,
                label: passage.label.map { label in
                    FeatureRecord.Label(text: label.text, normalized: label.normalized, emphasized: label.emphasized,
                                        bytes: label.byteLength, standalone: label.standalone ? true : nil)
                })
        }
        return FeatureRecord(
            schema: FeatureRecord.schemaVersion, doc: index, id: document.id, title: document.title,
            source: document.source, date: document.date, time: time, file: file, line: document.location.line,
            column: document.location.column, sections: sections, passages: passages, terms: terms, units: units)
    }
}
