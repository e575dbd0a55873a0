import Foundation
import SitegenCore

/// Finds headings built from one stock prefix again and again inside a document ("Expert Analysis: X — Y" ×3,
/// "System Instabilities" ×3). A heading's pattern is its text before the first colon or dash (with `*` for the
/// rest), or the whole heading; leading numbering is ignored, and numbered series ("Phase 1:", "Phase 2:") are
/// enumerations, not repeats.
struct HeadingPatternDetector {
    let corpus: Corpus
    let options: AnalysisOptions

    /// Longest prefix, in words, still treated as a stock prefix.
    static let maxPrefixWords = 10

    struct Pattern: Equatable {
        var key: String
        var words: Int
        var number: String?
    }

    func detect(signals: inout [DocumentSignals]) -> [Finding] {
        let perDocument = Parallel.chunks(corpus.documents.count) { range in
            range.map { docIndex in headingPassages(docIndex).map { ($0, Self.pattern(of: corpus.passages[$0].text)) } }
        }.flatMap { $0 }
        var findings: [Finding] = []
        for (docIndex, headings) in perDocument.enumerated() {
            signals[docIndex].headings = headings.count
            var byPattern: [String: [(Int, Pattern)]] = [:]
            var order: [String] = []
            for (p, pattern) in headings {
                guard let pattern else { continue }
                if byPattern[pattern.key] == nil { order.append(pattern.key) }
                byPattern[pattern.key, default: []].append((p, pattern))
            }
            for key in order {
                guard let uses = byPattern[key], isRepeated(uses.map(\.1)) else { continue }
                signals[docIndex].patternHeadings += uses.count
                findings.append(finding(docIndex, key: key, passages: uses.map(\.0)))
            }
        }
        return findings
    }

    private func headingPassages(_ docIndex: Int) -> [Int] {
        let record = corpus.documents[docIndex]
        return (Int(record.passageStart)..<Int(record.passageEnd)).filter {
            corpus.passages[$0].kind == .heading || corpus.passages[$0].kind == .blockHeading
        }
    }

    private func isRepeated(_ uses: [Pattern]) -> Bool {
        guard uses.count >= options.minHeadingRepeats, let first = uses.first,
              first.words >= options.minHeadingPatternWords else { return false }
        let numbers = uses.compactMap(\.number)
        // "Step 1", "Step 2", "Step 3": a numbered series is an enumeration unless numbers repeat.
        if numbers.count == uses.count, Set(numbers).count == numbers.count { return false }
        return true
    }

    private static let edgePunctuation = CharacterSet.punctuationCharacters.union(.whitespaces).subtracting(CharacterSet(charactersIn: "#"))

    /// The pattern of a heading, or nil when it has no words.
    static func pattern(of heading: String) -> Pattern? {
        var text = Substring(ArrowScanner.unifyArrows(heading).trimmingCharacters(in: .whitespacesAndNewlines))
        if let number = text.firstIndex(where: { !$0.isNumber }), number != text.startIndex,
           [".", ")"].contains(text[number]) {
            text = text[text.index(after: number)...].drop(while: { $0 == " " })
        }
        var key = String(text)
        var wildcard = false
        for separator in [":", " — ", " – ", " - "] {
            if let range = text.range(of: separator) {
                let prefix = text[..<range.lowerBound]
                let count = prefix.split(separator: " ").count
                if count >= 1, count <= maxPrefixWords {
                    key = String(prefix)
                    wildcard = true
                }
                break
            }
        }
        let normalized = LabelDetector.normalize(key).trimmingCharacters(in: edgePunctuation)
        let words = normalized.split(separator: " ")
        guard words.contains(where: { $0 != "#" }) else { return nil }
        let number = key.split(separator: " ").first(where: { $0.allSatisfy(\.isNumber) }).map(String.init)
        return Pattern(key: normalized + (wildcard ? ": *" : ""), words: words.count, number: number)
    }

    private func finding(_ docIndex: Int, key: String, passages: [Int]) -> Finding {
        let first = corpus.passages[passages[0]]
        let documentID = corpus.documents[docIndex].id
        var evidence = FindingEvidence()
        evidence.pattern = key
        evidence.occurrences = passages.count
        evidence.headings = passages.map { corpus.passages[$0].text }
        evidence.sections = passages.map { corpus.sections[Int(corpus.passages[$0].section)].id }
        let related = passages.dropFirst().map { p in
            RelatedLocation(role: "occurrence", location: corpus.passages[p].location, documentID: documentID,
                            sectionID: corpus.sections[Int(corpus.passages[p].section)].id,
                            message: "heading \(UnitDescriber.quote(corpus.passages[p].text))")
        }
        return Finding(
            kind: .repeatedHeadingPattern, severity: .warning,
            message: "heading pattern “\(key)” is used \(passages.count) times", location: first.location,
            documentID: documentID, sectionID: corpus.sections[Int(first.section)].id, related: related,
            evidence: evidence)
    }
}
