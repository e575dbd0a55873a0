/// Matches the sentences of a later section to those of an earlier one by weighted content-word cosine.
struct SentenceAligner {
    /// One matched pair: sentence indices in the corpus and their similarity.
    struct Pair {
        var copy: Int
        var original: Int
        var similarity: Float
    }

    /// The result of aligning a copy with an original.
    struct Alignment {
        /// Share of the copy's judged sentences whose best match reaches the threshold.
        var coverage: Double
        /// One-to-one pairs at or above the threshold, in the copy's order.
        var pairs: [Pair]
        /// Every copy sentence whose best match reaches the threshold.
        var restated: [Int]
    }

    private var vectors: [SparseVector?]
    private var weighter: TermWeighter
    private let threshold: Float
    private let minTerms: Int

    init(corpus: Corpus, options: AnalysisOptions) {
        vectors = [SparseVector?](repeating: nil, count: corpus.tokens.sentences.count)
        weighter = TermWeighter(idf: corpus.idf)
        threshold = Float(options.sentenceSimilarity)
        minTerms = options.minSentenceTerms
    }

    /// Sentences per section aligned at most: alignment is quadratic, and a section of thousands of sentences
    /// says enough in its first ones.
    static let maxSentences = 400

    /// The sentences of `unit` with enough content words to judge (at most `maxSentences`).
    func sentences(of unit: RewriteUnit, in corpus: Corpus) -> [Int] {
        var result: [Int] = []
        for p in Int(unit.passageStart)..<Int(unit.passageEnd) where result.count < Self.maxSentences {
            let passage = corpus.passages[p]
            for s in Int(passage.sentenceStart)..<Int(passage.sentenceEnd) {
                let span = corpus.tokens.sentences[s]
                var terms = 0
                for t in Int(span.tokenStart)..<Int(span.tokenEnd) where corpus.tokens.terms[t] >= 0 { terms += 1 }
                if terms >= minTerms { result.append(s) }
            }
        }
        return result
    }

    /// Aligns the sentences of `copy` (their terms read through `remap`) against those of `original`.
    mutating func align(copy: [Int], original: [Int], corpus: Corpus, remap: TermRemap = TermRemap()) -> Alignment {
        guard !copy.isEmpty, !original.isEmpty else { return Alignment(coverage: 0, pairs: [], restated: []) }
        var candidates: [Pair] = []
        var restated: [Int] = []
        for s in copy {
            let a = remap.apply(vector(s, corpus))
            var best: Float = 0
            for o in original {
                let similarity = a.dot(vector(o, corpus))
                best = max(best, similarity)
                if similarity >= threshold { candidates.append(Pair(copy: s, original: o, similarity: similarity)) }
            }
            if best >= threshold { restated.append(s) }
        }
        return Alignment(
            coverage: Double(restated.count) / Double(copy.count), pairs: oneToOne(candidates), restated: restated)
    }

    /// Greedy one-to-one matching, most similar first; ties broken by position for determinism.
    private func oneToOne(_ candidates: [Pair]) -> [Pair] {
        let sorted = candidates.sorted {
            ($0.similarity, -$0.copy, -$0.original) > ($1.similarity, -$1.copy, -$1.original)
        }
        var usedCopy = Set<Int>(), usedOriginal = Set<Int>()
        var pairs: [Pair] = []
        for pair in sorted where !usedCopy.contains(pair.copy) && !usedOriginal.contains(pair.original) {
            usedCopy.insert(pair.copy)
            usedOriginal.insert(pair.original)
            pairs.append(pair)
        }
        return pairs.sorted { $0.copy < $1.copy }
    }

    private mutating func vector(_ sentence: Int, _ corpus: Corpus) -> SparseVector {
        if let cached = vectors[sentence] { return cached }
        let span = corpus.tokens.sentences[sentence]
        let vector = weighter.vector(corpus.tokens.terms, Int(span.tokenStart)..<Int(span.tokenEnd))
        vectors[sentence] = vector
        return vector
    }
}
