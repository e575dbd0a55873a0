import Foundation

/// The reduce side of a distributed run, fed as a stream: feature records shard by shard (each shard's records
/// are checked, tokenised into a corpus part and dropped), then candidate pairs one by one (each goes straight
/// into the set of pairs to verify), then the report.
///
/// What it holds: the corpus of every document (passages, tokens, sentences: what the report's detectors read,
/// the same as the in-process run holds), one shard's decoded records while that shard is added, the dates, and
/// 8 bytes per candidate pair in hash sets. The records' sketches and term counts (the candidate stage's input)
/// are never kept, and no candidate search runs. Given the pairs the in-process rules generate, the report is
/// the in-process report.
public struct FeatureReducer {
    /// The thresholds.
    public let options: AnalysisOptions
    private var corpus = Corpus()
    private var dates: [Date?] = []
    private var verifier: Verifier?

    /// The corpus's units and where each document's units start, once the records are in.
    fileprivate struct Verifier {
        var corpus: Corpus
        var detector: RewriteDetector
        /// Index of a document's first unit in `detector.units` (by input position) and its unit count.
        var firstUnit: [Int32]
        var unitCount: [Int32]
        var pairs = Set<UInt64>()
        var bandPairs = Set<UInt64>()
    }

    /// Creates an empty reducer.
    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// Documents added so far.
    public var documentCount: Int { dates.count }

    /// Candidate pairs added so far (distinct pairs of units).
    public var pairCount: Int {
        guard let verifier else { return 0 }
        return verifier.pairs.count + verifier.bandPairs.subtracting(verifier.pairs).count
    }

    /// Adds the records of one shard; they must continue the input order (`doc` = `documentCount`, …).
    /// Throws `CandidatePairError` for a record that does not fit, or when pairs were already added.
    public mutating func add(records: [FeatureRecord]) throws {
        guard verifier == nil else { throw CandidatePairError("feature records added after the candidate pairs") }
        for (offset, record) in records.enumerated() {
            if let problem = record.problem(expectedIndex: dates.count + offset) { throw CandidatePairError(problem) }
        }
        let part = CorpusBuilder.part(records: records)
        if corpus.documents.isEmpty { corpus = part } else { corpus.append(part) }
        dates += records.map { $0.time.map(Date.init(timeIntervalSince1970:)) }
    }

    /// Adds a candidate pair (the first pair ends the records). Throws `CandidatePairError` when it names a
    /// unit the records do not have.
    public mutating func add(_ pair: CandidatePair) throws {
        if verifier == nil { verifier = prepare() }
        guard let a = verifier!.unit(pair.a) else { throw CandidatePairError("unit \(pair.a) is not in the feature records") }
        guard let b = verifier!.unit(pair.b) else { throw CandidatePairError("unit \(pair.b) is not in the feature records") }
        let key = RewriteCandidates.key(min(a, b), max(a, b))
        if pair.band { verifier!.bandPairs.insert(key) } else { verifier!.pairs.insert(key) }
    }

    /// Verifies the pairs, clusters, scores and writes the report.
    public mutating func report() -> AnalysisReport {
        var verifier = self.verifier ?? prepare()
        self.verifier = nil
        corpus = Corpus()
        let candidates = RewriteCandidates(pairs: verifier.pairs, lshPairs: verifier.bandPairs)
        verifier.pairs = []
        verifier.bandPairs = []
        let rewrites = verifier.detector.run(candidates: candidates)
        return Analyzer(options: options).report(verifier.corpus, rewrites: rewrites)
    }

    /// Ranks, document frequencies and units of the records added: the records are complete.
    private mutating func prepare() -> Verifier {
        var whole = corpus
        corpus = Corpus()
        CorpusBuilder.assignRanks(&whole, dates: dates)
        CorpusBuilder.aggregate(&whole)
        let detector = RewriteDetector(corpus: whole, options: options)
        var firstUnit = [Int32](repeating: 0, count: whole.documents.count)
        var unitCount = [Int32](repeating: 0, count: whole.documents.count)
        for (index, unit) in detector.units.enumerated() {
            let document = Int(unit.document)
            if unitCount[document] == 0 { firstUnit[document] = Int32(index) }
            unitCount[document] += 1
        }
        return Verifier(corpus: whole, detector: detector, firstUnit: firstUnit, unitCount: unitCount)
    }
}

extension FeatureReducer.Verifier {
    /// The unit `key` names (a document's units are contiguous and numbered 0, 1, … in order), or nil.
    func unit(_ key: CandidatePair.UnitKey) -> Int? {
        guard key.document < unitCount.count, key.unit < Int(unitCount[key.document]) else { return nil }
        let index = Int(firstUnit[key.document]) + key.unit
        return Int(detector.units[index].ordinal) == key.unit ? index : nil
    }
}
