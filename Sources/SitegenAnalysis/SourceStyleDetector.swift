import Foundation
import SitegenCore

/// Finds source-level repetition: the openers, closers, metaphors and phrase skeletons a source (a feed, a
/// folder or site of posts) uses in a large share of its posts, far more often than general English uses their
/// words ("in the realm of", "as I conclude this reflection", "a tapestry of"). Learned per source from the
/// corpus itself; general English comes from the embedded word-frequency table.
///
/// A word is a *marker* of a source when (1) at least `sourcePhraseShare` of the source's posts (and at least
/// three) use it, (2) that is `sourcePhraseRatio` times more posts than general English predicts for posts of
/// their lengths, (3) posts that use it use it at most `sourcePhraseBurst` times on average (topic words recur
/// within a post; stock phrases do not), and (4) it is not only in one repeated paragraph (boilerplate is
/// `duplicate-paragraph`'s). Markers that occur in the same phrase are one phrase. A post is reported when it
/// uses at least `minSourcePhrases` of its source's phrases.
struct SourceStyleDetector {
    let corpus: Corpus
    let options: AnalysisOptions

    /// What was found: findings per post, and per source its phrases and flagged posts.
    struct Result {
        var findings: [Finding] = []
        var phrases: [String: [SourcePhrase]] = [:]
        var flagged: [String: Int] = [:]
    }

    /// A word's statistics within a source: posts using it and uses; for candidate words, the paragraphs and
    /// frames (the word with a function word before or after it) it occurs in.
    private struct WordStats {
        var documents = 0
        var uses = 0
        var lastDocument = -1
        var passageHashes: [UInt64: Int] = [:]
        var frames: [UInt64: Frame] = [:]
    }

    /// A two-word frame: posts using it and one occurrence to show.
    private struct Frame {
        var documents = 0
        var lastDocument = -1
        var passage = 0
        var start = 0
    }

    func detect(signals: inout [DocumentSignals]) -> Result {
        var result = Result()
        var order: [String] = []
        var bySource: [String: [Int]] = [:]
        for (index, document) in corpus.documents.enumerated() {
            if bySource[document.source] == nil { order.append(document.source) }
            bySource[document.source, default: []].append(index)
        }
        for source in order {
            guard let documents = bySource[source], documents.count >= options.minSourceDocuments else { continue }
            let (phrases, perDocument) = analyse(documents)
            guard !phrases.isEmpty else { continue }
            result.phrases[source] = phrases.map(\.phrase)
            var flagged = 0
            for (docIndex, used) in perDocument where used.count >= options.minSourcePhrases {
                flagged += 1
                signals[docIndex].sourcePhraseCount = used.count
                result.findings.append(finding(docIndex, used: used.map { phrases[$0] }, source: documents.count))
            }
            result.flagged[source] = flagged
        }
        return result
    }

    private struct Marker {
        var phrase: SourcePhrase
        var word: UInt64
        var frame: UInt64
        var firstPassage: [Int: Int] = [:]
    }

    /// The source's phrases (most used first) and, per post, the indices of the phrases it uses.
    private func analyse(_ documents: [Int]) -> ([Marker], [(Int, [Int])]) {
        let n = documents.count
        let minimum = max(3, Int((Double(n) * options.sourcePhraseShare).rounded(.up)))
        let lengths = documents.map { Double(corpus.documents[$0].wordCount) }
        // First pass: posts and uses per word; second pass: where the few frequent, unexpected words occur.
        var expectations: [UInt64: Double] = [:]
        for (hash, stat) in wordStatistics(documents, details: nil) where stat.documents >= minimum {
            guard Double(stat.uses) / Double(stat.documents) <= options.sourcePhraseBurst else { continue }
            let p = EnglishFrequency.probability(hash)
            let expected = lengths.reduce(0) { $0 + (1 - exp(-$1 * p)) }
            guard Double(stat.documents) >= options.sourcePhraseRatio * max(expected, 0.5) else { continue }
            expectations[hash] = expected
        }
        guard !expectations.isEmpty else { return ([], []) }
        var markers: [Marker] = []
        for (hash, stat) in wordStatistics(documents, details: Set(expectations.keys)) {
            // Boilerplate: most uses are in one and the same paragraph.
            guard let expected = expectations[hash], (stat.passageHashes.values.max() ?? 0) * 2 < stat.documents else { continue }
            // A stock phrase is a phrase: the word keeps the same frame in enough posts.
            guard let (key, frame) = stat.frames.max(by: { $0.value.documents != $1.value.documents ? $0.value.documents < $1.value.documents : $0.key > $1.key }),
                  frame.documents >= minimum else { continue }
            let text = frameText(frame)
            markers.append(Marker(
                phrase: SourcePhrase(text: text.phrase, word: text.word, documents: frame.documents, expectedDocuments: Rounding.round(expected)),
                word: hash, frame: key))
        }
        markers.sort { $0.phrase.documents != $1.phrase.documents ? $0.phrase.documents > $1.phrase.documents : $0.phrase.text < $1.phrase.text }
        // Two markers of one phrase ("as i conclude this reflection") count once: keep the more used.
        var kept: [Marker] = []
        for marker in markers where !kept.contains(where: { $0.phrase.text.contains(marker.phrase.word) || marker.phrase.text.contains($0.phrase.word) }) {
            kept.append(marker)
        }
        guard !kept.isEmpty else { return ([], []) }
        var markerOf: [UInt64: Int] = [:]
        for (m, marker) in kept.enumerated() { markerOf[marker.word] = m }
        var perDocument: [(Int, [Int])] = []
        let hashes = corpus.tokens.hashes
        for docIndex in documents {
            let record = corpus.documents[docIndex]
            var used: [Int: Int] = [:]
            for p in Int(record.passageStart)..<Int(record.passageEnd) where isProse(corpus.passages[p].kind) {
                let passage = corpus.passages[p]
                let start = Int(passage.tokenStart), end = Int(passage.tokenEnd)
                for position in start..<end {
                    guard let m = markerOf[hashes[position]], used[m] == nil else { continue }
                    if frameKeys(position, start: start, end: end).contains(kept[m].frame) { used[m] = p }
                }
            }
            for (m, p) in used { kept[m].firstPassage[docIndex] = p }
            perDocument.append((docIndex, used.keys.sorted()))
        }
        return (kept, perDocument)
    }

    private func isProse(_ kind: PassageKind) -> Bool {
        kind == .paragraph || kind == .listItem || kind == .heading || kind == .blockHeading
    }

    /// The frames of the word at `position`: with the function word before it, and with the one after it.
    private func frameKeys(_ position: Int, start: Int, end: Int) -> [UInt64] {
        var keys: [UInt64] = []
        let hashes = corpus.tokens.hashes, terms = corpus.tokens.terms
        if position > start, terms[position - 1] < 0 { keys.append((hashes[position - 1] &* 31) ^ hashes[position] ^ 0x4C) }
        if position + 1 < end, terms[position + 1] < 0 { keys.append(hashes[position] ^ (hashes[position + 1] &* 37) ^ 0x52) }
        return keys
    }

    /// Per content word of general-English Zipf below `sourcePhraseMaxZipf`: posts using it and uses; for the
    /// words in `details`, also the paragraphs and frames it occurs in.
    private func wordStatistics(_ documents: [Int], details: Set<UInt64>?) -> [UInt64: WordStats] {
        var stats: [UInt64: WordStats] = [:]
        let hashes = corpus.tokens.hashes, terms = corpus.tokens.terms
        for (docNumber, docIndex) in documents.enumerated() {
            let record = corpus.documents[docIndex]
            for p in Int(record.passageStart)..<Int(record.passageEnd) where isProse(corpus.passages[p].kind) {
                let passage = corpus.passages[p]
                let start = Int(passage.tokenStart), end = Int(passage.tokenEnd)
                var passageHash: UInt64 = 0
                if details != nil {
                    for position in start..<end { passageHash = (passageHash &* 0x100_0000_01b3) ^ hashes[position] }
                }
                for position in start..<end where terms[position] >= 0 {
                    let hash = hashes[position]
                    if let details { guard details.contains(hash) else { continue } }
                    guard EnglishFrequency.zipf(hash) < options.sourcePhraseMaxZipf else { continue }
                    var stat = stats[hash] ?? WordStats()
                    stat.uses += 1
                    if stat.lastDocument != docNumber {
                        stat.lastDocument = docNumber
                        stat.documents += 1
                        if details != nil { stat.passageHashes[passageHash, default: 0] += 1 }
                    }
                    if details != nil {
                        for key in frameKeys(position, start: start, end: end) {
                            var frame = stat.frames[key] ?? Frame(passage: p, start: position)
                            if frame.lastDocument != docNumber {
                                frame.lastDocument = docNumber
                                frame.documents += 1
                            }
                            stat.frames[key] = frame
                        }
                    }
                    stats[hash] = stat
                }
            }
        }
        return stats
    }

    /// A frame's words as first written, with one more word of context on the open side ("the realm of").
    private func frameText(_ frame: Frame) -> (phrase: String, word: String) {
        let passage = corpus.passages[frame.passage]
        let start = Int(passage.tokenStart), end = Int(passage.tokenEnd)
        let words = Tokenizer.words(passage.text)
        let local = frame.start - start
        guard local >= 0, local < words.count, words.count == end - start else { return ("", "") }
        let lower = max(0, local - 1), upper = min(words.count, local + 2)
        return (words[lower..<upper].joined(separator: " "), words[local])
    }

    private func finding(_ docIndex: Int, used: [Marker], source count: Int) -> Finding {
        let record = corpus.documents[docIndex]
        let sorted = used.sorted { $0.phrase.documents != $1.phrase.documents ? $0.phrase.documents > $1.phrase.documents : $0.phrase.text < $1.phrase.text }
        var evidence = FindingEvidence()
        evidence.phrases = sorted.map { LabelUse(text: $0.phrase.text, count: $0.phrase.documents) }
        evidence.occurrences = sorted.count
        let shown = sorted.prefix(3).map { "“\($0.phrase.text)” (\($0.phrase.documents) of \(count) posts)" }.joined(separator: ", ")
        let message = "\(sorted.count) phrases this source repeats across its posts far more often than English uses them, "
            + "e.g. \(shown)"
        let first = sorted.compactMap { $0.firstPassage[docIndex] }.min()
        let location = first.map { corpus.passages[$0].location } ?? record.location
        return Finding(kind: .sourceRepetition, severity: .warning, message: message, location: location,
                       documentID: record.id, evidence: evidence)
    }
}
