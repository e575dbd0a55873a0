/// Joining corpora built in parallel: the second part's indices are shifted past the first's and its term ids
/// are mapped into the first part's vocabulary.
extension Corpus {
    /// Appends `part` (built from the documents that follow this corpus's documents).
    mutating func append(_ part: Corpus) {
        let documentOffset = Int32(documents.count), sectionOffset = Int32(sections.count)
        let passageOffset = Int32(passages.count), tokenOffset = Int32(tokens.count)
        let sentenceOffset = Int32(tokens.sentences.count)
        let termMap = vocabulary.merge(part.vocabulary)
        tokens.hashes += part.tokens.hashes
        tokens.lengths += part.tokens.lengths
        tokens.terms += part.tokens.terms.map { $0 >= 0 ? termMap[Int($0)] : -1 }
        tokens.sentences += part.tokens.sentences.map { sentence in
            var shifted = sentence
            shifted.passage += passageOffset
            shifted.tokenStart += tokenOffset
            shifted.tokenEnd += tokenOffset
            return shifted
        }
        passages += part.passages.map { passage in
            var shifted = passage
            shifted.document += documentOffset
            shifted.section += sectionOffset
            shifted.tokenStart += tokenOffset
            shifted.tokenEnd += tokenOffset
            shifted.sentenceStart += sentenceOffset
            shifted.sentenceEnd += sentenceOffset
            return shifted
        }
        sections += part.sections.map { section in
            var shifted = section
            shifted.document += documentOffset
            if shifted.parent >= 0 { shifted.parent += sectionOffset }
            shifted.passageStart += passageOffset
            shifted.passageEnd += passageOffset
            shifted.ownEnd += passageOffset
            shifted.children = section.children.map { $0 + sectionOffset }
            return shifted
        }
        documents += part.documents.map { document in
            var shifted = document
            shifted.rootSection += sectionOffset
            shifted.passageStart += passageOffset
            shifted.passageEnd += passageOffset
            shifted.tokenStart += tokenOffset
            shifted.tokenEnd += tokenOffset
            return shifted
        }
    }
}
