/// Counts stock phrases in passages by word hashes.
struct StockPhraseMatcher {
    private let phrases: [[UInt64]]
    private let byFirstWord: [UInt64: [Int]]
    private var filter = [UInt64](repeating: 0, count: 64)

    init(phrases: [String] = StockPhrases.all) {
        self.phrases = phrases.map(Tokenizer.wordHashes)
        var index: [UInt64: [Int]] = [:]
        for (i, words) in self.phrases.enumerated() {
            guard let first = words.first else { continue }
            index[first, default: []].append(i)
            filter[Int(first & 63)] |= 1 << ((first >> 6) & 63)
        }
        byFirstWord = index
    }

    /// The phrase texts, parallel to counts.
    static let texts = StockPhrases.all

    /// How often each phrase occurs in the passages of `document`, by phrase index, and the first passage
    /// with a phrase.
    func counts(_ corpus: Corpus, document: Int) -> (counts: [Int: Int], first: Int?) {
        var counts: [Int: Int] = [:]
        var first: Int?
        let record = corpus.documents[document]
        let hashes = corpus.tokens.hashes
        for p in Int(record.passageStart)..<Int(record.passageEnd) {
            let passage = corpus.passages[p]
            let end = Int(passage.tokenEnd)
            for position in Int(passage.tokenStart)..<end {
                let hash = hashes[position]
                guard filter[Int(hash & 63)] & (1 << ((hash >> 6) & 63)) != 0, let candidates = byFirstWord[hash] else { continue }
                for i in candidates where matches(phrases[i], hashes, at: position, end: end) {
                    counts[i, default: 0] += 1
                    if first == nil { first = p }
                }
            }
        }
        return (counts, first)
    }

    private func matches(_ phrase: [UInt64], _ hashes: [UInt64], at position: Int, end: Int) -> Bool {
        guard position + phrase.count <= end else { return false }
        for k in 1..<phrase.count where hashes[position + k] != phrase[k] { return false }
        return true
    }
}
