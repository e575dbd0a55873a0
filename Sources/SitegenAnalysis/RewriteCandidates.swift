/// Pairs of units worth comparing, from keys the units share — the join of the per-document features. Three
/// rules, each deterministic and independent of the order documents were read, so a distributed job applying
/// them to the feature records (`scale/spark_candidates.py`) finds the same pairs:
///
/// - **document**: top-level units of one document, each with the next `maxDirectUnits`;
/// - **band**: units sharing an LSH band key; a bucket of at most `lshBucketCap` members pairs every two of
///   them, a larger one (boilerplate) pairs each member with the bucket's `lshAnchors` earliest members (by
///   date, input position, position in the document); a band pair is kept only when the two signatures agree
///   on at least `lshMinAgreeingSlots` slots (the cheap verification);
/// - **terms**: top-level units of different documents sharing `minSharedCandidateTerms` of their
///   `candidateTermsPerSection` heaviest terms (`UnitTermCounter.topTerms`), terms listed by more than
///   `maxPostingLength` units left out.
///
/// In-process only, a fourth rule pairs units the same way on their heaviest terms with each word filed under
/// its most common WordNet synonym in the collection (`synonymTerms`); the feature records (schema 1) carry no
/// concepts, so the distributed job does not apply it.
///
/// Each pair is (earlier, later) by unit order.
struct RewriteCandidates {
    /// Top-level units per document beyond which only nearby pairs are compared directly.
    static let maxDirectUnits = 150

    private(set) var pairs = Set<UInt64>()
    /// Pairs found through an LSH band (their shingle Jaccard similarity is always computed).
    private(set) var lshPairs = Set<UInt64>()

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// Pairs given from outside (read from a candidates file): `lsh` marks those found through a band.
    init(pairs: Set<UInt64>, lshPairs: Set<UInt64>) {
        self.pairs = pairs.union(lshPairs)
        self.lshPairs = lshPairs
    }

    private init() {}

    /// Generates every candidate pair. `topTerms` holds each top-level unit's candidate terms (empty for
    /// nested units).
    static func generate(units: [RewriteUnit], signatures: [UnitSignature], topTerms: [[UInt64]],
                         synonymTerms: [[UInt64]]? = nil, options: AnalysisOptions) -> RewriteCandidates {
        var candidates = RewriteCandidates()
        candidates.addWithinDocuments(units)
        candidates.addLSH(units, signatures: signatures, options: options)
        candidates.addSharedTerms(units, topTerms: topTerms, options: options)
        if let synonymTerms { candidates.addSharedTerms(units, topTerms: synonymTerms, options: options) }
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

    private mutating func addLSH(_ units: [RewriteUnit], signatures: [UnitSignature], options: AnalysisOptions) {
        let cap = max(2, options.lshBucketCap), anchors = max(1, options.lshAnchors)
        var entries: [(key: UInt64, unit: Int32)] = []
        entries.reserveCapacity(units.count)
        var found = Set<UInt64>()
        for band in 0..<MinHasher.bands {
            entries.removeAll(keepingCapacity: true)
            for u in units.indices where !signatures[u].bands.isEmpty {
                entries.append((signatures[u].bands[band], Int32(u)))
            }
            entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.unit < $1.unit }
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count, entries[end].key == entries[start].key { end += 1 }
                let size = end - start
                if size > 1 {
                    let leaders = size <= cap ? size - 1 : min(anchors, size - 1)
                    for i in start..<(start + leaders) {
                        for j in (i + 1)..<end { found.insert(Self.key(Int(entries[i].unit), Int(entries[j].unit))) }
                    }
                }
                start = end
            }
        }
        for pair in found {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            if UnitSignature.agreement(signatures[a].slots, signatures[b].slots) >= options.lshMinAgreeingSlots {
                lshPairs.insert(pair)
            }
        }
        pairs.formUnion(lshPairs)
    }

    /// An inverted index over each top-level unit's heaviest terms; a term listed by more units than
    /// `maxPostingLength` is dropped entirely (whatever order the units came in).
    private mutating func addSharedTerms(_ units: [RewriteUnit], topTerms: [[UInt64]], options: AnalysisOptions) {
        var postings: [UInt64: [Int32]] = [:]
        for u in units.indices where units[u].isTop {
            for term in topTerms[u] { postings[term, default: []].append(Int32(u)) }
        }
        var shared = [UInt16](repeating: 0, count: units.count)
        var touched: [Int] = []
        for u in units.indices where units[u].isTop {
            for term in topTerms[u] {
                guard let list = postings[term], list.count <= options.maxPostingLength else { continue }
                for v in list {
                    if Int(v) >= u { break }
                    guard units[Int(v)].document != units[u].document else { continue }
                    if shared[Int(v)] == 0 { touched.append(Int(v)) }
                    shared[Int(v)] &+= 1
                }
            }
            for v in touched {
                if Int(shared[v]) >= options.minSharedCandidateTerms { pairs.insert(Self.key(v, u)) }
                shared[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
    }
}
