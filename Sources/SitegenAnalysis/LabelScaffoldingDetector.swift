import SitegenCore

/// Finds label scaffolding: paragraphs and list items that open with the same few labels
/// (`**Mechanism:**`, `Observable Effect:`) over and over, the signature of a fill-in template. A document is
/// reported when enough of its lines use labels it repeats, spread over more than one section; documents
/// sharing the template are named in the evidence.
struct LabelScaffoldingDetector {
    let corpus: Corpus
    let options: AnalysisOptions

    /// The labels of one document: counts and the passages using each.
    private struct DocumentLabels {
        var counts: [String: Int] = [:]
        var passages: [String: [Int]] = [:]
    }

    func detect(signals: inout [DocumentSignals]) -> [Finding] {
        let labels = corpus.documents.indices.map(collect)
        let scaffolds = labels.map { scaffoldLabels($0) }
        var documentsUsing: [String: [Int]] = [:]
        for (docIndex, scaffold) in scaffolds.enumerated() { for label in scaffold { documentsUsing[label, default: []].append(docIndex) } }
        var findings: [Finding] = []
        for docIndex in corpus.documents.indices {
            let scaffold = scaffolds[docIndex]
            let lines = scaffold.flatMap { labels[docIndex].passages[$0] ?? [] }.sorted()
            signals[docIndex].scaffoldLines = lines.count
            guard isTemplate(scaffold, lines: lines) else { continue }
            findings.append(finding(docIndex, scaffold: scaffold, labels: labels[docIndex], lines: lines, using: documentsUsing))
        }
        return findings
    }

    private func collect(_ docIndex: Int) -> DocumentLabels {
        var result = DocumentLabels()
        let record = corpus.documents[docIndex]
        for p in Int(record.passageStart)..<Int(record.passageEnd) {
            guard let label = corpus.passages[p].label else { continue }
            result.counts[label.normalized, default: 0] += 1
            result.passages[label.normalized, default: []].append(p)
        }
        return result
    }

    /// Labels a document repeats at least `minLabelRepeats` times, most used first.
    private func scaffoldLabels(_ labels: DocumentLabels) -> [String] {
        labels.counts.filter { $0.value >= options.minLabelRepeats }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Enough lines, in more than one section, from two or more labels (or one multi-word label).
    private func isTemplate(_ scaffold: [String], lines: [Int]) -> Bool {
        guard lines.count >= options.minScaffoldLines else { return false }
        let sections = Set(lines.map { corpus.passages[$0].section })
        guard sections.count >= 2 else { return false }
        return scaffold.count >= 2 || scaffold.first.map { $0.split(separator: " ").count >= 2 } == true
    }

    private func finding(_ docIndex: Int, scaffold: [String], labels: DocumentLabels, lines: [Int], using: [String: [Int]]) -> Finding {
        let first = corpus.passages[lines[0]]
        let sections = orderedUnique(lines.map { corpus.sections[Int(corpus.passages[$0].section)] }.filter { $0.level > 0 }.map(\.id))
        let uses = scaffold.map { LabelUse(text: $0, count: labels.counts[$0] ?? 0) }
        let shown = uses.prefix(4).map { "“\($0.text)” ×\($0.count)" }.joined(separator: ", ")
        var evidence = FindingEvidence()
        evidence.labels = uses
        evidence.sections = sections
        evidence.occurrences = lines.count
        evidence.documents = sharingDocuments(docIndex, scaffold: scaffold, using: using)
        let related = lines.dropFirst().prefix(10).map { p in
            RelatedLocation(role: "occurrence", location: corpus.passages[p].location, documentID: corpus.documents[docIndex].id,
                            sectionID: sectionID(corpus.passages[p]), message: "label “\(corpus.passages[p].label?.text ?? "")”")
        }
        let message = "\(lines.count) paragraphs open with template labels (\(shown)) across \(max(1, sections.count)) sections"
        return Finding(
            kind: .labelScaffolding, severity: .warning, message: message, location: first.location,
            documentID: corpus.documents[docIndex].id, sectionID: sectionID(first), related: Array(related),
            evidence: evidence)
    }

    /// Other documents whose scaffold labels overlap this one's in at least two labels (or its only label),
    /// at most `maxSharingDocuments` of them.
    private func sharingDocuments(_ docIndex: Int, scaffold: [String], using: [String: [Int]]) -> [String] {
        let needed = min(2, scaffold.count)
        guard needed > 0 else { return [] }
        var shared: [Int: Int] = [:]
        for label in scaffold { for other in using[label] ?? [] where other != docIndex { shared[other, default: 0] += 1 } }
        return shared.filter { $0.value >= needed }.keys.sorted().prefix(Self.maxSharingDocuments).map { corpus.documents[$0].id }
    }

    /// Documents named as sharing a template, at most.
    static let maxSharingDocuments = 50

    private func sectionID(_ passage: Passage) -> String? {
        let section = corpus.sections[Int(passage.section)]
        return section.level > 0 ? section.id : nil
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
