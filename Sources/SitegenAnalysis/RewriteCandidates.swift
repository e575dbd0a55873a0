import Foundation

/// Pairs of units worth comparing, found in near-linear time: all pairs of top-level units within a document,
/// LSH buckets of MinHash signatures (near-verbatim copies, any level), and shared rare content words across
/// documents (paraphrases). Each pair is (earlier, later) by unit order.
struct RewriteCandidates {
    /// Top-level units per document beyond which only nearby pairs are compared directly.
    static let maxDirectUnits = 150

    private(set) var pairs = Set<UInt64>()
    private(set) var lshPairs = Set<UInt64>()

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// Generates every candidate pair.
    static func generate(units: [RewriteUnit], bandKeys: [[UInt64]], vectors: [SparseVector], corpus: Corpus,
                         options: AnalysisOptions) -> RewriteCandidates {
        var candidates = RewriteCandidates()
        candidates.addWithinDocuments(units)
        candidates.addLSH(units, bandKeys: bandKeys)
        candidates.addSharedTerms(units, vectors: vectors, corpus: corpus, options: options)
        return candidates
    }

    private mutating func addWithinDocuments(_ units: [RewriteUnit]) {
        var start = 0
        while start < units.count {
            var end = start
            while end < units.count, units[end].document == units[start].document { end += 1 }
            let top = (start..<end).filter { units[$0].isTop }
            for (i, a) in top.enumerated() {
                for b in top[(i + 1)..<min(top.count, i + 1 + Self.maxDirectUnits)] { pairs.insert(Self.key(a, b)) }
            }
            start = end
        }
    }

    /// Star-and-chain linking inside each bucket: every member is paired with the bucket's earliest and
    /// previous members, so a boilerplate section in 10 000 posts costs 20 000 pairs, not 50 million.
    private mutating func addLSH(_ units: [RewriteUnit], bandKeys: [[UInt64]]) {
        for band in 0..<MinHasher.bands {
            var buckets: [UInt64: (first: Int, last: Int)] = [:]
            for u in units.indices where !bandKeys[u].isEmpty {
                let key = bandKeys[u][band]
                if let bucket = buckets[key] {
                    lshPairs.insert(Self.key(bucket.first, u))
                    if bucket.last != bucket.first { lshPairs.insert(Self.key(bucket.last, u)) }
                    buckets[key] = (bucket.first, u)
                } else {
                    buckets[key] = (u, u)
                }
            }
        }
        pairs.formUnion(lshPairs)
    }

    /// An inverted index over each top-level unit's highest-weighted words that other documents also use.
    private mutating func addSharedTerms(_ units: [RewriteUnit], vectors: [SparseVector], corpus: Corpus, options: AnalysisOptions) {
        guard corpus.documents.count > 1 else { return }
        let uniqueIDF = log(1 + Float(corpus.documents.count)) - 1e-4
        var postings: [Int32: [Int32]] = [:]
        var saturated = Set<Int32>()
        var shared = [UInt16](repeating: 0, count: units.count)
        var touched: [Int] = []
        for u in units.indices where units[u].isTop {
            for term in topTerms(vectors[u], idf: corpus.idf, below: uniqueIDF, k: options.candidateTermsPerSection) {
                guard !saturated.contains(term) else { continue }
                let list = postings[term] ?? []
                if list.count >= options.maxPostingLength {
                    saturated.insert(term)
                    postings[term] = nil
                    continue
                }
                for v in list where units[Int(v)].document != units[u].document {
                    if shared[Int(v)] == 0 { touched.append(Int(v)) }
                    shared[Int(v)] &+= 1
                }
                postings[term, default: []].append(Int32(u))
            }
            for v in touched {
                if Int(shared[v]) >= options.minSharedCandidateTerms { pairs.insert(Self.key(v, u)) }
                shared[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
    }

    /// The k heaviest terms that occur in more than one document.
    private func topTerms(_ vector: SparseVector, idf: [Float], below limit: Float, k: Int) -> [Int32] {
        var weighted: [(Float, Int32)] = []
        for (i, term) in vector.ids.enumerated() where idf[Int(term)] < limit {
            weighted.append((vector.weights[i], term))
        }
        weighted.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        return weighted.prefix(k).map(\.1)
    }
}
