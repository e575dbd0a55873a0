import Foundation
import SitegenCore

/// Rebuilding the corpus from feature records (the reduce side of a distributed run): the same sections,
/// passages, labels and tokens as building it from the documents, because tokens come from the passages'
/// text alone and records are read in input order.
extension CorpusBuilder {
    /// The corpus of `records`, which must be in input order with `doc` = 0, 1, 2, ….
    static func build(records: [FeatureRecord], parallel: Bool = true) -> Corpus {
        var corpus = part(records: records, parallel: parallel)
        assignRanks(&corpus, dates: records.map { $0.time.map(Date.init(timeIntervalSince1970:)) })
        aggregate(&corpus)
        return corpus
    }

    /// The corpus part of `records` (tokenised on all cores), without ranks and weights: the reduce stage
    /// appends one part per shard, so the decoded records of one shard are held at a time.
    static func part(records: [FeatureRecord], parallel: Bool = true) -> Corpus {
        let parts = Parallel.chunks(records.count, parallel: parallel) { range -> Corpus in
            var builder = CorpusBuilder()
            for index in range { builder.add(records[index]) }
            return builder.finishPart()
        }
        var corpus = parts.first ?? Corpus()
        for part in parts.dropFirst() { corpus.append(part) }
        return corpus
    }

    private mutating func add(_ record: FeatureRecord) {
        let docIndex = Int32(corpus.documents.count)
        let firstSection = Int32(corpus.sections.count), firstPassage = Int32(corpus.passages.count)
        var document = DocumentRecord(
            id: record.id, title: record.title, source: record.source, date: record.date,
            location: SourceLocation(file: record.file, line: record.line, column: record.column),
            inputIndex: record.doc, rootSection: firstSection, passageStart: firstPassage, passageEnd: 0)
        document.tokenStart = Int32(accumulator.store.count)
        corpus.documents.append(document)
        for section in record.sections {
            let parent = section.parent >= 0 ? firstSection + Int32(section.parent) : -1
            let index = Int32(corpus.sections.count)
            corpus.sections.append(SectionRecord(
                document: docIndex, id: section.id, heading: section.heading, level: section.level,
                location: SourceLocation(file: section.file ?? record.file, line: section.line, column: section.column),
                parent: parent, passageStart: firstPassage + Int32(section.start),
                passageEnd: firstPassage + Int32(section.end), ownEnd: firstPassage + Int32(section.own),
                isApparatus: section.apparatus))
            if parent >= 0 { corpus.sections[Int(parent)].children.append(index) }
        }
        for passage in record.passages {
            let label = passage.label.map { label in
                PassageLabel(text: label.text, normalized: label.normalized, emphasized: label.emphasized,
                             byteLength: label.bytes, standalone: label.standalone ?? false)
            }
            appendPassage(
                kind: PassageKind(name: passage.kind) ?? .paragraph, text: passage.text, label: label,
                hasSupport: passage.support ?? false,
                at: SourceLocation(file: passage.file ?? record.file, line: passage.line, column: passage.column),
                section: firstSection + Int32(passage.section), block: Int32(passage.block))
        }
        corpus.documents[Int(docIndex)].passageEnd = Int32(corpus.passages.count)
        corpus.documents[Int(docIndex)].tokenEnd = Int32(accumulator.store.count)
    }
}
