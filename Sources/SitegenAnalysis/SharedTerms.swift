/// The rarest words and word pairs two units share: the evidence a reader can check at a glance
/// ("halo loss", "euclidean distance").
enum SharedTerms {
    static let maxPairs = 4
    static let maxWords = 6

    static func between(_ a: Int, _ b: Int, detector: RewriteDetector) -> [String] {
        let corpus = detector.corpus
        let pairsA = contentPairs(detector.units[a], corpus)
        var shared: [(Float, UInt64)] = []
        var seen = Set<UInt64>()
        for pair in contentPairs(detector.units[b], corpus) where pairsA.contains(pair) && seen.insert(pair).inserted {
            let weight = corpus.idf[Int(pair >> 32)] + corpus.idf[Int(pair & 0xFFFF_FFFF)]
            shared.append((weight, pair))
        }
        shared.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        let surfaces = corpus.vocabulary.surfaces
        var terms = shared.prefix(maxPairs).map { surfaces[Int($0.1 >> 32)] + " " + surfaces[Int($0.1 & 0xFFFF_FFFF)] }
        let inPairs = Set(shared.prefix(maxPairs).flatMap { [Int32($0.1 >> 32), Int32($0.1 & 0xFFFF_FFFF)] })
        terms += sharedWords(detector.vectors[a], detector.vectors[b], excluding: inPairs).map { surfaces[Int($0)] }
        return terms
    }

    private static func sharedWords(_ a: SparseVector, _ b: SparseVector, excluding: Set<Int32>) -> [Int32] {
        var weights: [Int32: Float] = [:]
        for (i, term) in a.ids.enumerated() { weights[term] = a.weights[i] }
        var shared: [(Float, Int32)] = []
        for (j, term) in b.ids.enumerated() where !excluding.contains(term) {
            if let weight = weights[term] { shared.append((min(weight, b.weights[j]), term)) }
        }
        shared.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        return shared.prefix(maxWords).map(\.1)
    }

    /// Adjacent content-word pairs inside passages, as `first << 32 | second`.
    private static func contentPairs(_ unit: RewriteUnit, _ corpus: Corpus) -> Set<UInt64> {
        var pairs = Set<UInt64>()
        for p in Int(unit.passageStart)..<Int(unit.passageEnd) {
            let passage = corpus.passages[p]
            var position = Int(passage.tokenStart)
            while position + 1 < Int(passage.tokenEnd) {
                let first = corpus.tokens.terms[position], second = corpus.tokens.terms[position + 1]
                if first >= 0, second >= 0, first != second { pairs.insert(UInt64(first) << 32 | UInt64(second)) }
                position += 1
            }
        }
        return pairs
    }
}
