import Foundation

/// Finds sections that say the same thing: near-verbatim copies (MinHash/LSH over word shingles, verified by
/// exact Jaccard) and paraphrased rewrites (weighted content-word cosine plus sentence alignment), grouped by
/// average linkage around the earliest section so clusters do not balloon through chains of weak links.
struct RewriteDetector {
    /// An accepted pair.
    struct Edge {
        var earlier: Int
        var later: Int
        var cosine: Float
        var jaccard: Double?
        var coverage: Double
        var verbatim: Bool
    }

    let corpus: Corpus
    let options: AnalysisOptions
    let units: [RewriteUnit]
    let vectors: [SparseVector]
    private var shingleSets: [Int: [UInt64]] = [:]
    private var unitSentences: [Int: [Int]] = [:]
    var aligner: SentenceAligner
    private let shingler: Shingler
    /// Reads a later section's synonyms as the earlier section's words (no-op without the WordNet table).
    private var matcher: ConceptMatcher

    init(corpus: Corpus, options: AnalysisOptions) {
        self.corpus = corpus
        self.options = options
        units = RewriteUnitSelector.units(corpus, minWords: options.minSectionWords)
        var weighter = TermWeighter(idf: corpus.idf)
        // Figure captions are left out of a unit's words: two sections that reuse the same figures are not
        // rewrites of each other when their prose differs.
        vectors = units.map { unit in
            let spans = (Int(unit.passageStart)..<Int(unit.passageEnd)).compactMap { p -> Range<Int>? in
                let passage = corpus.passages[p]
                return passage.kind == .caption ? nil : Int(passage.tokenStart)..<Int(passage.tokenEnd)
            }
            return weighter.vector(corpus.tokens.terms, spans: spans)
        }
        aligner = SentenceAligner(corpus: corpus, options: options)
        matcher = ConceptMatcher(
            index: options.matchSynonyms ? ConceptIndex(vocabulary: corpus.vocabulary) : ConceptIndex(), idf: corpus.idf)
        shingler = Shingler(size: max(1, options.shingleSize))
    }

    /// Runs detection.
    mutating func run() -> RewriteResult {
        let candidates = RewriteCandidates.generate(
            units: units, signatures: SignatureBuilder(corpus: corpus, units: units, shingler: shingler).signatures(),
            topTerms: candidateTerms(), synonymTerms: synonymCandidateTerms(), options: options)
        return verify(candidates)
    }

    /// Verifies candidate pairs computed elsewhere (a distributed job over the feature records), then clusters.
    mutating func run(candidates: RewriteCandidates) -> RewriteResult {
        verify(candidates)
    }

    /// The candidate terms of every top-level unit (empty for nested units), computed on all cores.
    private func candidateTerms() -> [[UInt64]] {
        let hashes = TermHash.all(corpus.vocabulary)
        let parts = Parallel.chunks(units.count) { range -> [[UInt64]] in
            var counter = UnitTermCounter(termCount: corpus.vocabulary.count)
            return range.map { u in
                guard units[u].isTop else { return [] }
                return UnitTermCounter.topTerms(
                    counter.counts(units[u], in: corpus), hashes: hashes, documentFrequency: corpus.documentFrequency,
                    documents: corpus.documents.count, k: options.candidateTermsPerSection)
            }
        }
        return parts.flatMap { $0 }
    }

    /// The candidate terms of every top-level unit with each word filed under its most common synonym in the
    /// collection (`ConceptIndex.representatives`), so a rewrite in words new to the collection meets its
    /// original; nil when no word has a more common synonym.
    private func synonymCandidateTerms() -> [[UInt64]]? {
        let hashes = TermHash.all(corpus.vocabulary)
        let representative = matcher.index.representatives(documentFrequency: corpus.documentFrequency, hashes: hashes)
        guard representative.enumerated().contains(where: { Int($0.element) != $0.offset }) else { return nil }
        let parts = Parallel.chunks(units.count) { range -> [[UInt64]] in
            var counter = UnitTermCounter(termCount: corpus.vocabulary.count)
            return range.map { u in
                guard units[u].isTop else { return [] }
                var merged: [Int32: Int32] = [:]
                for (term, count) in counter.counts(units[u], in: corpus) {
                    merged[representative[Int(term)], default: 0] += count
                }
                let counts = merged.sorted { $0.key < $1.key }.map { (term: $0.key, count: $0.value) }
                return UnitTermCounter.topTerms(
                    counts, hashes: hashes, documentFrequency: corpus.documentFrequency,
                    documents: corpus.documents.count, k: options.candidateTermsPerSection)
            }
        }
        return parts.flatMap { $0 }
    }

    private mutating func verify(_ candidates: RewriteCandidates) -> RewriteResult {
        // Pairs are verified on all cores, each chunk with its own caches; chunks keep the sorted order.
        let pairs = candidates.pairs.sorted()
        let snapshot = self
        let edges = Parallel.chunks(pairs.count) { range -> [Edge] in
            var local = snapshot
            return pairs[range].compactMap { key in
                local.evaluate(Int(key >> 32), Int(key & 0xFFFF_FFFF), fromLSH: candidates.lshPairs.contains(key))
            }
        }.flatMap { $0 }
        let clusters = RewriteClusterer(units: units, vectors: vectors, options: options).cluster(edges)
        return RewriteResultBuilder.build(detector: &self, clusters: clusters, edges: edges)
    }

    private mutating func evaluate(_ a: Int, _ b: Int, fromLSH: Bool) -> Edge? {
        guard !isAncestor(a, of: b), !isAncestor(b, of: a) else { return nil }
        let exact = vectors[a].dot(vectors[b])
        var jaccard: Double?
        if fromLSH || Double(exact) >= options.paraphraseCosine {
            jaccard = Shingler.jaccard(shingles(a), shingles(b))
        }
        if let jaccard, jaccard >= options.verbatimJaccard {
            return Edge(earlier: a, later: b, cosine: exact, jaccard: jaccard, coverage: 1, verbatim: true)
        }
        guard units[a].isTop, units[b].isTop, !isSummary(a), !isSummary(b) else { return nil }
        let cosine = similarity(a, b).cosine
        let small = Double(min(units[a].wordCount, units[b].wordCount))
        let large = Double(max(units[a].wordCount, units[b].wordCount))
        let short = small < Double(options.shortSectionWords) || small / large < options.minSizeRatio
        guard Double(cosine) >= (short ? options.shortSectionCosine : options.paraphraseCosine) else { return nil }
        let coverage = align(copy: b, original: a).coverage
        guard coverage >= (short ? options.shortSectionCoverage : options.paraphraseCoverage) else { return nil }
        // Shared vocabulary alone is not a restatement: at middling similarity most of the later section must
        // restate the earlier one, not add new information (two parts of one tutorial share their terms).
        if Double(cosine) < options.moderateCosine, coverage < options.moderateCoverage { return nil }
        // A pair that passes only when synonyms are read as the same word must restate most of the later section.
        if Double(exact) < (short ? options.shortSectionCosine : options.paraphraseCosine),
           coverage < options.moderateCoverage { return nil }
        return Edge(earlier: a, later: b, cosine: cosine, jaccard: jaccard, coverage: coverage, verbatim: false)
    }

    /// Headings of sections whose job is to restate the rest of a post; they are only reported as copies when
    /// they copy word for word.
    static let summaryHeadings: Set<String> = [
        "summary", "conclusion", "conclusions", "concluding remarks", "tl;dr", "tldr", "takeaways",
        "key takeaways", "recap", "wrap-up", "wrap up", "wrapping up", "abstract", "overview", "introduction",
        "intro", "final thoughts", "in short", "bottom line", "in summary", "in conclusion", "closing thoughts",
    ]

    /// A lead (text before the first heading) or a section headed like a summary.
    private func isSummary(_ unit: Int) -> Bool {
        let section = corpus.sections[Int(units[unit].section)]
        if units[unit].passageEnd != section.passageEnd { return true }
        if section.level == 0 { return false }
        var heading = section.heading.lowercased()
        if let colon = heading.firstIndex(of: ":") { heading = String(heading[..<colon]) }
        return Self.summaryHeadings.contains(heading.trimmingCharacters(in: Self.headingTrim))
    }

    /// Built once: a CharacterSet union per call was a measurable share of the analysis.
    private static let headingTrim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    /// True when unit `a` encloses unit `b`.
    func isAncestor(_ a: Int, of b: Int) -> Bool {
        var current = units[b].parent
        var steps = 0
        while current >= 0, steps < 64 {
            if Int(current) == a { return true }
            current = units[Int(current)].parent
            steps += 1
        }
        return false
    }

    /// The cosine of unit `later` with unit `earlier` once `later`'s synonyms of `earlier`'s words are read as
    /// those words (the plain cosine when that is higher), and the remap that does it.
    mutating func similarity(_ earlier: Int, _ later: Int) -> (cosine: Float, remap: TermRemap) {
        let exact = vectors[earlier].dot(vectors[later])
        let remap = matcher.remap(earlier: vectors[earlier], later: vectors[later])
        guard !remap.isEmpty else { return (exact, remap) }
        return (max(exact, vectors[earlier].dot(remap.apply(vectors[later]))), remap)
    }

    /// Aligns the sentences of unit `copy` with those of unit `original` (synonyms read as in `similarity`).
    mutating func align(copy: Int, original: Int) -> SentenceAligner.Alignment {
        let copySentences = sentences(copy), originalSentences = sentences(original)
        let remap = matcher.remap(earlier: vectors[original], later: vectors[copy])
        return aligner.align(copy: copySentences, original: originalSentences, corpus: corpus, remap: remap)
    }

    /// The judged sentences of a unit (cached).
    mutating func sentences(_ unit: Int) -> [Int] {
        if let cached = unitSentences[unit] { return cached }
        let result = aligner.sentences(of: units[unit], in: corpus)
        unitSentences[unit] = result
        return result
    }

    /// The shingle set of a unit (cached).
    mutating func shingles(_ unit: Int) -> [UInt64] {
        if let cached = shingleSets[unit] { return cached }
        let set = shingler.shingleSet(corpus, passages: Int(units[unit].passageStart)..<Int(units[unit].passageEnd))
        shingleSets[unit] = set
        return set
    }
}
