import Foundation
import SitegenCore

/// Flattens documents into a `Corpus`: sections in pre-order, their passages (headings, paragraphs, list items,
/// captions), tokens and sentences. Code, math, tables, raw HTML and reference lists are left out.
struct CorpusBuilder {
    var corpus = Corpus()
    var accumulator = TokenAccumulator()

    /// Headings of apparatus sections whose content is not prose to analyse.
    static let apparatusHeadings: Set<String> = [
        "references", "reference", "bibliography", "works cited", "footnotes", "notes", "citations",
        "literature", "sources", "further reading", "reading list", "endnotes", "literature cited",
    ]

    /// Builds the corpus of `documents`, tokenising chunks of them on all cores and merging the parts.
    static func build(_ documents: [Document], sources: [String]? = nil, parallel: Bool = true) -> Corpus {
        let sources = sources?.count == documents.count ? sources : nil
        let parts = Parallel.chunks(documents.count, parallel: parallel) { range -> Corpus in
            var builder = CorpusBuilder()
            for index in range { builder.add(documents[index], index: index, source: sources?[index] ?? SourceNaming.source(of: documents[index])) }
            return builder.finishPart()
        }
        var corpus = parts.first ?? Corpus()
        for part in parts.dropFirst() { corpus.append(part) }
        assignRanks(&corpus, dates: documents.map(\.metadata.date))
        aggregate(&corpus)
        return corpus
    }

    private mutating func add(_ document: Document, index: Int, source: String) {
        let docIndex = Int32(corpus.documents.count)
        var record = DocumentRecord(
            id: document.id, title: document.metadata.title, source: source,
            date: document.metadata.date.map(Self.format), location: document.root.location, inputIndex: index,
            rootSection: Int32(corpus.sections.count), passageStart: Int32(corpus.passages.count),
            passageEnd: 0)
        record.tokenStart = Int32(accumulator.store.count)
        corpus.documents.append(record)
        addSection(document.root, document: docIndex, parent: -1, apparatus: false)
        corpus.documents[Int(docIndex)].passageEnd = Int32(corpus.passages.count)
        corpus.documents[Int(docIndex)].tokenEnd = Int32(accumulator.store.count)
    }

    private mutating func addSection(_ section: Section, document: Int32, parent: Int32, apparatus: Bool) {
        let index = Int32(corpus.sections.count)
        let heading = ProseText.of(section.heading).trimmingCharacters(in: .whitespacesAndNewlines)
        let isApparatus = apparatus || Self.apparatusHeadings.contains(heading.lowercased())
        corpus.sections.append(SectionRecord(
            document: document, id: section.id, heading: heading, level: section.level, location: section.location,
            parent: parent, passageStart: Int32(corpus.passages.count), passageEnd: 0, ownEnd: 0,
            isApparatus: isApparatus))
        if parent >= 0 { corpus.sections[Int(parent)].children.append(index) }
        if section.level > 0 && !heading.isEmpty {
            addPassage(kind: .heading, inlines: section.heading, at: section.location, section: index, block: -1)
        }
        if !isApparatus {
            for (blockIndex, block) in section.blocks.enumerated() {
                addBlock(block, section: index, block: Int32(blockIndex), inList: false)
            }
        }
        corpus.sections[Int(index)].ownEnd = Int32(corpus.passages.count)
        for child in section.subsections {
            addSection(child, document: document, parent: index, apparatus: isApparatus)
        }
        corpus.sections[Int(index)].passageEnd = Int32(corpus.passages.count)
    }

    /// Nesting of lists, quotes and divs followed at most; deeper content is not analysed.
    static let maxNesting = 32

    private mutating func addBlock(_ block: Block, section: Int32, block index: Int32, inList: Bool, depth: Int = 0) {
        guard depth <= Self.maxNesting else { return }
        switch block.kind {
        case .paragraph(let inlines):
            addPassage(kind: inList ? .listItem : .paragraph, inlines: inlines, at: block.location, section: section, block: index)
        case .heading(_, let inlines):
            addPassage(kind: .blockHeading, inlines: inlines, at: block.location, section: section, block: index)
        case .list(let list):
            for item in list.items {
                for child in item.blocks { addBlock(child, section: section, block: index, inList: true, depth: depth + 1) }
            }
        case .quote(let blocks):
            for child in blocks { addBlock(child, section: section, block: index, inList: inList, depth: depth + 1) }
        case .div(let blocks):
            guard !Self.isApparatus(block.attributes) else { return }
            for child in blocks { addBlock(child, section: section, block: index, inList: inList, depth: depth + 1) }
        case .callout(let callout):
            for child in callout.blocks { addBlock(child, section: section, block: index, inList: inList, depth: depth + 1) }
        case .definitionList(let list):
            for item in list.items {
                addPassage(kind: .listItem, inlines: item.term, at: block.location, section: section, block: index)
                for child in item.definitions.flatMap(\.blocks) {
                    addBlock(child, section: section, block: index, inList: true, depth: depth + 1)
                }
            }
        case .figure(let figure):
            guard !figure.caption.isEmpty else { return }
            addPassage(kind: .caption, inlines: figure.caption, at: block.location, section: section, block: index)
        case .code, .math, .table, .html, .thematicBreak:
            return
        }
    }

    /// True when the text has an ASCII letter or digit, or any non-ASCII character (checked on bytes).
    static func hasWordCharacter(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
    }

    private static func isApparatus(_ attributes: Attributes) -> Bool {
        attributes.id == "refs" || attributes.id == "footnotes"
            || attributes.classes.contains { ["references", "csl-bib-body", "footnotes"].contains($0) }
    }

    private mutating func addPassage(kind: PassageKind, inlines: [Inline], at location: SourceLocation, section: Int32, block: Int32) {
        let text = ProseText.of(inlines)
        guard Self.hasWordCharacter(text) else { return }
        let label = kind == .paragraph || kind == .listItem ? LabelDetector.label(inlines: inlines, text: text) : nil
        appendPassage(kind: kind, text: text, label: label, hasSupport: ProseText.hasSupport(inlines), at: location,
                      section: section, block: block)
    }

    /// Appends a passage whose text, label and support are known, and tokenises its text.
    mutating func appendPassage(kind: PassageKind, text: String, label: PassageLabel?, hasSupport: Bool,
                                at location: SourceLocation, section: Int32, block: Int32) {
        let index = Int32(corpus.passages.count)
        var passage = Passage(
            document: corpus.sections[Int(section)].document, section: section, kind: kind, location: location,
            text: text, label: label, hasSupport: hasSupport, block: block)
        passage.tokenStart = Int32(accumulator.store.count)
        passage.sentenceStart = Int32(accumulator.store.sentences.count)
        accumulator.begin(passage: index)
        Tokenizer.scan(text, into: &accumulator)
        passage.tokenEnd = Int32(accumulator.store.count)
        passage.sentenceEnd = Int32(accumulator.store.sentences.count)
        corpus.passages.append(passage)
    }

    /// The corpus of the documents added so far, without ranks and weights.
    mutating func finishPart() -> Corpus {
        corpus.tokens = accumulator.store
        corpus.vocabulary = accumulator.vocabulary
        accumulator = TokenAccumulator()
        return corpus
    }

    /// Ranks documents by date, then input position (dated documents first).
    static func assignRanks(_ corpus: inout Corpus, dates: [Date?]) {
        let order = corpus.documents.indices.sorted { a, b in
            switch (dates[a], dates[b]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
        for (rank, index) in order.enumerated() { corpus.documents[index].rank = rank }
    }

    /// The global statistics: document frequencies and inverse document frequencies.
    static func aggregate(_ corpus: inout Corpus) {
        corpus.documentFrequency = documentFrequencies(corpus)
        let n = Float(max(1, corpus.documents.count))
        corpus.idf = corpus.documentFrequency.map { log(1 + n / Float(max(1, $0))) }
    }

    /// Documents using each term; `ln(1 + N / df)` over them weighs terms, so a rewrite repeated inside one
    /// post keeps its weight while words every post uses lose theirs.
    static func documentFrequencies(_ corpus: Corpus) -> [Int32] {
        var df = [Int32](repeating: 0, count: corpus.vocabulary.count)
        var lastSeen = [Int32](repeating: -1, count: corpus.vocabulary.count)
        for (docIndex, document) in corpus.documents.enumerated() {
            for position in Int(document.tokenStart)..<Int(document.tokenEnd) {
                let term = corpus.tokens.terms[position]
                guard term >= 0, lastSeen[Int(term)] != Int32(docIndex) else { continue }
                lastSeen[Int(term)] = Int32(docIndex)
                df[Int(term)] += 1
            }
        }
        return df
    }

    private static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
