/// Collects the claim statements of a corpus in time order: arrow chains from headings, paragraphs, list items
/// and captions (after any leading label), cue-phrase claims from paragraphs, list items and captions.
struct ClaimCollector {
    let corpus: Corpus

    func statements() -> [ClaimStatement] {
        let order = corpus.chronologicalDocuments
        return Parallel.chunks(order.count) { range -> [ClaimStatement] in
            var result: [ClaimStatement] = []
            for docIndex in order[range] {
                let record = corpus.documents[docIndex]
                for p in Int(record.passageStart)..<Int(record.passageEnd) {
                    let base = record.rank * 1_000_000_000 + (p - Int(record.passageStart)) * 100
                    for (k, statement) in statements(in: p).enumerated() {
                        var statement = statement
                        statement.order = base + min(k, 99)
                        result.append(statement)
                    }
                }
            }
            return result
        }.flatMap { $0 }
    }

    private func statements(in p: Int) -> [ClaimStatement] {
        let passage = corpus.passages[p]
        let body = self.body(passage)
        var result: [ClaimStatement] = []
        if ArrowScanner.containsArrow(body) {
            result += ClaimExtractor.chains(body).map { ClaimStatement(passage: p, nodes: $0, isArrow: true, order: 0) }
        }
        let isHeading = passage.kind == .heading || passage.kind == .blockHeading
        if !isHeading, mightHaveCue(passage) {
            result += CueClaimExtractor.claims(body).map { ClaimStatement(passage: p, nodes: $0, isArrow: false, order: 0) }
            result += CueClaimExtractor.explanations(body).map {
                ClaimStatement(passage: p, nodes: $0, isArrow: false, order: 0, isExplanation: true)
            }
        }
        return result
    }

    /// The text after a leading label: a label is template scaffolding, not a claim.
    private func body(_ passage: Passage) -> String {
        guard let label = passage.label, !label.standalone else { return passage.text }
        let utf8 = passage.text.utf8
        guard let start = utf8.index(utf8.startIndex, offsetBy: label.byteLength, limitedBy: utf8.endIndex) else { return "" }
        return String(passage.text[start...])
    }

    private func mightHaveCue(_ passage: Passage) -> Bool {
        for position in Int(passage.tokenStart)..<Int(passage.tokenEnd)
        where CueClaimExtractor.cueWordHashes.contains(corpus.tokens.hashes[position]) {
            return true
        }
        return false
    }
}
