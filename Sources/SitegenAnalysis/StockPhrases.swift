/// Stock phrases of generated and marketing prose: filler that announces instead of saying. Matched on words
/// (case, punctuation and apostrophes ignored), so "in today's fast-paced" matches "In todays fast paced".
/// Deliberately generic: no topic words, nothing a careful research post needs.
enum StockPhrases {
    static let all: [String] = [
        // Announcing importance instead of showing it.
        "it is important to note", "it's important to note", "it is worth noting", "it's worth noting",
        "it is crucial to", "it is essential to", "it is imperative", "it is vital to", "it goes without saying",
        "needless to say", "first and foremost", "last but not least", "underscores the importance of",
        "underscores the need for", "highlights the importance of", "highlighting the need for",
        "serves as a reminder", "serves as a testament", "a stark reminder", "the stakes are high",
        "the stakes are clear", "cannot be overstated", "plays a crucial role", "play a crucial role",
        "plays a pivotal role", "play a pivotal role", "plays a vital role", "plays a key role",
        "a crucial role in", "a pivotal role in", "of paramount importance",
        // Scene-setting openers.
        "in today's fast-paced", "in today's digital age", "in today's world", "in the ever-evolving",
        "ever-evolving landscape", "rapidly evolving landscape", "in the fast-paced world", "in the realm of",
        "the landscape of", "at a crossroads", "a critical juncture", "in an era of", "in the modern era",
        // Journeys, dives and tapestries.
        "delve into", "delves into", "delving into", "delve deeper", "dive deep into", "deep dive into",
        "let's dive in", "let's explore", "dive into the world of", "embark on a journey", "embarking on a journey",
        "a rich tapestry", "tapestry of", "the intricacies of", "intricate interplay", "a delicate balance",
        "a double-edged sword", "navigating the complexities", "navigate the complexities",
        "navigating the intricacies", "a myriad of", "a plethora of", "a testament to", "stands as a testament",
        // Hype.
        "game changer", "game-changer", "paradigm shift", "unlock the potential", "unlock the full potential",
        "unleash the power", "harness the power of", "leverage the power of", "seamlessly integrate",
        "revolutionize the way", "transformative potential", "pave the way for", "paves the way for",
        "paving the way for", "groundbreaking", "cutting-edge", "stay ahead of the curve",
        "take it to the next level", "elevate your", "look no further", "a must-have", "whether you're a seasoned",
        "profound implications", "far-reaching implications", "far-reaching consequences",
        "poses a significant risk", "poses significant risks", "a significant risk to",
        // Essay scaffolding.
        "in this article, we will", "in this blog post, we will", "this article explores",
        "this article examines", "this article critically examines", "without further ado", "in conclusion",
        "to sum up", "in essence", "at the end of the day", "key takeaways", "a comprehensive guide",
        "the ultimate guide", "a deeper understanding of", "a nuanced understanding", "foster a culture of",
        "strike a balance", "striking a balance", "shed light on", "sheds light on", "shedding light on",
        "resonates with", "holistic approach", "multifaceted", "robust framework",
    ]
}

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
