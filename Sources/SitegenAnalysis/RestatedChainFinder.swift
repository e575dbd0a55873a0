import SitegenCore

/// Groups statements of the same chain, star-style around the earliest statement: a later statement restates
/// an earlier one when the longest common subsequence of their canonical nodes covers at least two nodes and
/// 60% of the longer chain (direction respected). Arrow chains are also found restated in prose: a later
/// paragraph of the same document that mentions every node in order. Cue-phrase claims count as restated
/// only within one document (an author returning to a thesis in another post is not a template).
/// One finding per group and document with a restatement.
struct RestatedChainFinder {
    let context: ClaimFindingContext
    let options: AnalysisOptions

    /// Longest posting list searched per node.
    static let maxPosting = 400

    /// One statement or prose mention of a chain.
    struct Occurrence {
        var passage: Int
        var text: String
        var order: Int
    }

    func findings() -> [Finding] {
        groups().flatMap { group -> [Finding] in
            let occurrences = self.occurrences(group)
            guard occurrences.count >= options.minChainOccurrences else { return [] }
            return findings(original: context.statements[group[0]], occurrences: occurrences)
        }
    }

    /// The group's statements (cue-only groups: those in the original's document) and prose restatements.
    private func occurrences(_ group: [Int]) -> [Occurrence] {
        let statements = context.statements
        let original = statements[group[0]]
        let isArrow = group.contains { statements[$0].isArrow }
        let members = isArrow ? group : group.filter { context.document(statements[$0]) == context.document(original) }
        var result = members.map { Occurrence(passage: statements[$0].passage, text: statements[$0].text, order: statements[$0].order) }
        if original.isArrow {
            let used = Set(members.map { statements[$0].passage })
            result += ProseRestatements(corpus: context.corpus).find(original, excluding: used)
        }
        return result.sorted { $0.order < $1.order }
    }

    /// Statement groups, each in time order (statements are already in time order).
    private func groups() -> [[Int]] {
        let sequences = context.sequences.map(Self.compact)
        var groupOf = [Int](repeating: -1, count: sequences.count)
        var groups: [[Int]] = []
        var postings: [Int: [Int]] = [:]
        for s in sequences.indices {
            var shared: [Int: Int] = [:]
            for id in Set(sequences[s]) {
                for earlier in (postings[id] ?? []).prefix(Self.maxPosting) { shared[earlier, default: 0] += 1 }
            }
            let candidates = shared.filter { $0.value >= 2 }.keys.map { groupOf[$0] }
            var joined = false
            for group in Set(candidates).sorted() {
                let original = groups[group][0]
                guard context.statements[original].passage != context.statements[s].passage,
                      Self.restates(sequences[s], sequences[original]) else { continue }
                groups[group].append(s)
                groupOf[s] = group
                joined = true
                break
            }
            if !joined {
                groupOf[s] = groups.count
                groups.append([s])
                for id in Set(sequences[s]) { postings[id, default: []].append(s) }
            }
        }
        return groups
    }

    /// Consecutive repeats removed.
    static func compact(_ sequence: [Int]) -> [Int] {
        sequence.enumerated().filter { $0.offset == 0 || sequence[$0.offset - 1] != $0.element }.map(\.element)
    }

    static func restates(_ a: [Int], _ b: [Int]) -> Bool {
        let common = lcs(a, b)
        return common >= 2 && Double(common) >= 0.6 * Double(max(a.count, b.count))
    }

    static func lcs(_ a: [Int], _ b: [Int]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }

    private func findings(original: ClaimStatement, occurrences: [Occurrence]) -> [Finding] {
        let corpus = context.corpus
        let documentOf = { (o: Occurrence) in corpus.passages[o.passage].document }
        let documents = orderedUnique(occurrences.map { corpus.documents[Int(documentOf($0))].id })
        var reported = Set<Int32>()
        var findings: [Finding] = []
        for occurrence in occurrences.dropFirst() where reported.insert(documentOf(occurrence)).inserted {
            let passage = corpus.passages[occurrence.passage]
            let inDocument = occurrences.filter { documentOf($0) == passage.document }.count
            var evidence = FindingEvidence()
            evidence.chain = original.nodes.map(\.text)
            evidence.statements = occurrences.prefix(20).map { ClaimAnalysis.shorten($0.text, limit: 200) }
            evidence.occurrences = occurrences.count
            evidence.documents = documents
            let spread = documents.count > 1 ? ", \(occurrences.count) in \(documents.count) documents" : ""
            let message = "claim chain “\(ClaimAnalysis.shorten(original.text))” is restated "
                + "(\(inDocument) statements in this document\(spread))"
            let related = occurrences.filter { $0.passage != occurrence.passage }.prefix(10).map { other in
                RelatedLocation(
                    role: other.passage == occurrences[0].passage ? "original" : "occurrence",
                    location: corpus.passages[other.passage].location,
                    documentID: corpus.documents[Int(documentOf(other))].id, sectionID: sectionID(other.passage),
                    message: "stated as “\(ClaimAnalysis.shorten(other.text, limit: 80))”")
            }
            findings.append(Finding(
                kind: .restatedClaimChain, severity: .warning, message: message, location: passage.location,
                documentID: corpus.documents[Int(passage.document)].id, sectionID: sectionID(occurrence.passage),
                related: Array(related), evidence: evidence))
        }
        return findings
    }

    private func sectionID(_ passage: Int) -> String? {
        let section = context.corpus.sections[Int(context.corpus.passages[passage].section)]
        return section.level > 0 ? section.id : nil
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
