import SitegenCore

/// Finds paragraphs repeated word for word (case and punctuation ignored), within a document or as
/// boilerplate across documents. One finding per document and repeated paragraph; repeats inside sections of
/// one rewrite cluster are left to the rewrite finding.
struct DuplicateParagraphDetector {
    let corpus: Corpus
    let options: AnalysisOptions
    let rewrites: RewriteResult

    func detect(signals: inout [DocumentSignals]) -> [Finding] {
        let groups = repeatedGroups()
        let clusterOfPassage = passageClusters()
        var findings: [Finding] = []
        for group in groups {
            let original = group[0]
            var reported = Set<Int32>()
            for duplicate in group.dropFirst() {
                let passage = corpus.passages[duplicate]
                let docIndex = Int(passage.document)
                markRestated(duplicate, in: &signals[docIndex])
                if passage.document != corpus.passages[original].document {
                    signals[docIndex].boilerplateWords += passage.wordCount
                }
                let cluster = clusterOfPassage[duplicate]
                guard cluster < 0 || cluster != clusterOfPassage[original], reported.insert(passage.document).inserted
                else { continue }
                findings.append(finding(duplicate, original: original, group: group))
            }
        }
        return findings
    }

    /// Groups of passages with the same words, each in time order, in order of first occurrence.
    private func repeatedGroups() -> [[Int]] {
        var groups: [UInt64: [Int]] = [:]
        var firstSeen: [UInt64] = []
        for docIndex in corpus.chronologicalDocuments {
            let record = corpus.documents[docIndex]
            for p in Int(record.passageStart)..<Int(record.passageEnd) {
                let passage = corpus.passages[p]
                // Captions repeat legitimately ("Figure 1: results"); boilerplate means prose paragraphs and list items.
                guard passage.kind != .heading, passage.kind != .blockHeading, passage.kind != .caption,
                      passage.wordCount >= options.minParagraphWords else { continue }
                let key = Shingler.combine(corpus.tokens.hashes, Int(passage.tokenStart), Int(passage.tokenEnd))
                if groups[key] == nil { firstSeen.append(key) }
                groups[key, default: []].append(p)
            }
        }
        return firstSeen.compactMap { groups[$0] }.filter { $0.count > 1 }
    }

    /// The rewrite cluster of the outermost clustered unit covering each passage, -1 for none.
    private func passageClusters() -> [Int] {
        var result = [Int](repeating: -1, count: corpus.passages.count)
        for (c, members) in rewrites.clusters.enumerated() {
            for unit in members {
                let record = rewrites.units[unit]
                for p in Int(record.passageStart)..<Int(record.passageEnd) where result[p] < 0 { result[p] = c }
            }
        }
        return result
    }

    private func markRestated(_ passage: Int, in signals: inout DocumentSignals) {
        let record = corpus.passages[passage]
        for s in Int(record.sentenceStart)..<Int(record.sentenceEnd) { signals.restatedSentences.insert(s) }
    }

    private func finding(_ duplicate: Int, original: Int, group: [Int]) -> Finding {
        let passage = corpus.passages[duplicate], first = corpus.passages[original]
        let document = corpus.documents[Int(passage.document)]
        let sameDocument = passage.document == first.document
        let documents = Set(group.map { corpus.passages[$0].document })
        let message = sameDocument
            ? "paragraph repeats an earlier paragraph of this document word for word"
            : "paragraph is boilerplate repeated in \(documents.count) documents (first in \(corpus.documents[Int(first.document)].id))"
        var evidence = FindingEvidence()
        evidence.text = String(passage.text.prefix(300))
        evidence.occurrences = group.count
        // At most 20 others: the count is in the message, and a footer shared by thousands of posts must not
        // make every finding carry the whole list (the report would grow quadratically).
        evidence.documents = Array(documents.sorted().lazy.map { corpus.documents[Int($0)].id }.filter { $0 != document.id }.prefix(20))
        let related = [RelatedLocation(
            role: "original", location: first.location, documentID: corpus.documents[Int(first.document)].id,
            sectionID: sectionID(first), message: "first occurrence of the paragraph")]
        return Finding(
            kind: .duplicateParagraph, severity: sameDocument ? .warning : .note, message: message,
            location: passage.location, documentID: document.id, sectionID: sectionID(passage), related: related,
            similarity: 1, evidence: evidence)
    }

    private func sectionID(_ passage: Passage) -> String? {
        let section = corpus.sections[Int(passage.section)]
        return section.level > 0 ? section.id : nil
    }
}
