/// The WordNet concepts of every content term of a corpus (looked up once per term by its first surface
/// word), in flat arrays: term `t`'s own concepts are `concepts[ownStart[t]..<relatedStart[t]]`, its related
/// ones `concepts[relatedStart[t]..<ownStart[t + 1]]`.
struct ConceptIndex {
    private(set) var concepts: [UInt32] = []
    private(set) var ownStart: [Int32] = [0]
    private(set) var relatedStart: [Int32] = []
    /// One more than the largest concept id used (the size of a dense scratch map).
    private(set) var conceptBound = 0

    /// An index where no term has concepts.
    init(empty terms: Int = 0) {
        ownStart = [Int32](repeating: 0, count: terms + 1)
        relatedStart = [Int32](repeating: 0, count: terms)
    }

    /// The concepts of every term of `vocabulary`, looked up on all cores.
    init(vocabulary: Vocabulary) {
        let surfaces = vocabulary.surfaces
        self.init(empty: WordConcepts.available ? 0 : surfaces.count)
        guard WordConcepts.available else { return }
        relatedStart = []
        let looked = Parallel.chunks(surfaces.count) { range in range.map { WordConcepts.concepts(of: surfaces[$0]) } }
            .flatMap { $0 }
        relatedStart.reserveCapacity(looked.count)
        for entry in looked {
            concepts += entry.own
            relatedStart.append(Int32(concepts.count))
            concepts += entry.related
            ownStart.append(Int32(concepts.count))
        }
        conceptBound = Int(concepts.max() ?? 0) + 1
    }

    /// The number of terms covered.
    var termCount: Int { relatedStart.count }

    /// Term `t`'s own concepts (the synsets of its word).
    @inline(__always)
    func own(_ term: Int32) -> Range<Int> {
        guard Int(term) < termCount else { return 0..<0 }
        return Int(ownStart[Int(term)])..<Int(relatedStart[Int(term)])
    }

    /// All of term `t`'s concepts, own and related.
    @inline(__always)
    func all(_ term: Int32) -> Range<Int> {
        guard Int(term) < termCount else { return 0..<0 }
        return Int(ownStart[Int(term)])..<Int(ownStart[Int(term) + 1])
    }

    /// Term `t`'s related concepts (the synsets its own ones are tied to).
    @inline(__always)
    func related(_ term: Int32) -> Range<Int> {
        guard Int(term) < termCount else { return 0..<0 }
        return Int(relatedStart[Int(term)])..<Int(ownStart[Int(term) + 1])
    }
}

extension ConceptIndex {
    /// For each term, the term the candidate index files it under: among the terms sharing one of its concepts,
    /// own or related (itself included), the one most documents use (ties to the smaller word hash, so the choice
    /// does not depend on input order). A rare synonym of a common word ranks and matches as that word.
    func representatives(documentFrequency: [Int32], hashes: [UInt64]) -> [Int32] {
        var result = (0..<Int32(termCount)).map { $0 }
        guard conceptBound > 0 else { return result }
        func better(_ a: Int32, than b: Int32) -> Bool {
            let x = documentFrequency[Int(a)], y = documentFrequency[Int(b)]
            return x != y ? x > y : hashes[Int(a)] < hashes[Int(b)]
        }
        var best = [Int32](repeating: -1, count: conceptBound)
        for term in 0..<Int32(termCount) {
            for c in all(term) {
                let concept = Int(concepts[c])
                if best[concept] < 0 || better(term, than: best[concept]) { best[concept] = term }
            }
        }
        for term in 0..<Int32(termCount) {
            for c in all(term) {
                let candidate = best[Int(concepts[c])]
                if better(candidate, than: result[Int(term)]) { result[Int(term)] = candidate }
            }
        }
        return result
    }
}
