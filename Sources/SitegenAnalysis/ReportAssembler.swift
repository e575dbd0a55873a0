import SitegenCore

/// Puts the detectors' output together into a report in a deterministic order.
struct ReportAssembler {
    let corpus: Corpus
    let options: AnalysisOptions
    let rewrites: RewriteResult
    var findings: [Finding] = []
    var clusters: [RewriteCluster] = []
    var signals: [DocumentSignals] = []
    var metrics: [TextMetrics] = []
    var claims = ClaimAnalysis.Result()
    var style = SourceStyleDetector.Result()

    init(corpus: Corpus, options: AnalysisOptions, rewrites: RewriteResult) {
        self.corpus = corpus
        self.options = options
        self.rewrites = rewrites
    }

    func assemble() -> AnalysisReport {
        let sorted = sortedFindings()
        var byDocument: [String: [Finding]] = [:]
        for finding in sorted { byDocument[finding.documentID, default: []].append(finding) }
        var sectionCounts = [Int](repeating: 0, count: corpus.documents.count)
        for section in corpus.sections where section.level > 0 { sectionCounts[Int(section.document)] += 1 }
        var topUnits = [[Int]](repeating: [], count: corpus.documents.count)
        for (index, unit) in rewrites.units.enumerated() where unit.isTop { topUnits[Int(unit.document)].append(index) }
        var clusterOf: [Int: String] = [:]
        for (c, members) in rewrites.clusters.enumerated() { for unit in members { clusterOf[unit] = "r\(c + 1)" } }
        var restated = [Set<Int>](repeating: [], count: corpus.documents.count)
        for sentence in rewrites.restatedSentences {
            restated[Int(corpus.passages[Int(corpus.tokens.sentences[sentence].passage)].document)].insert(sentence)
        }
        let documents = corpus.documents.indices.map {
            documentReport($0, findings: byDocument[corpus.documents[$0].id] ?? [], sectionCount: sectionCounts[$0],
                           matrix: similarityMatrix(topUnits[$0], clusterOf: clusterOf), restated: restated[$0])
        }
        return AnalysisReport(
            documents: documents, findings: sorted, rewriteClusters: clusters, sources: sourceSummaries(documents),
            claimGraph: claims.siteGraph)
    }

    private func documentReport(
        _ docIndex: Int, findings: [Finding], sectionCount: Int, matrix: SimilarityMatrix?, restated: Set<Int>
    ) -> DocumentReport {
        let record = corpus.documents[docIndex]
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.kind.rawValue, default: 0] += 1 }
        let scores = ScoreCalculator(corpus: corpus, options: options).scores(
            docIndex, signals: docIndex < signals.count ? signals[docIndex] : DocumentSignals(), rewriteSentences: restated,
            kinds: Set(findings.map(\.kind)))
        return DocumentReport(
            id: record.id, title: record.title, source: record.source, date: record.date, wordCount: record.wordCount,
            sectionCount: sectionCount, scores: scores,
            metrics: docIndex < metrics.count ? metrics[docIndex] : TextMetrics(wordCount: record.wordCount),
            sectionSimilarity: matrix,
            claimGraph: docIndex < claims.documentGraphs.count ? claims.documentGraphs[docIndex] : ClaimGraph(),
            findingCounts: counts)
    }

    /// Cosine between a document's top-level units, for the heatmap.
    private func similarityMatrix(_ units: [Int], clusterOf: [Int: String]) -> SimilarityMatrix? {
        guard units.count >= 2 else { return nil }
        let describe = UnitDescriber(corpus: corpus)
        let sections = units.map {
            MatrixSection(id: describe.sectionID(rewrites.units[$0]), heading: describe.heading(rewrites.units[$0]), clusterID: clusterOf[$0])
        }
        let values = units.map { a in units.map { b in a == b ? 1 : Rounding.round(Double(rewrites.vectors[a].dot(rewrites.vectors[b]))) } }
        return SimilarityMatrix(sections: sections, values: values)
    }

    /// Repeated phrases listed per source.
    static let maxSourcePhrases = 20

    private func sourceSummaries(_ documents: [DocumentReport]) -> [SourceSummary] {
        var order: [String] = []
        var bySource: [String: [DocumentReport]] = [:]
        for document in documents {
            if bySource[document.source] == nil { order.append(document.source) }
            bySource[document.source, default: []].append(document)
        }
        let summaries = order.map { source -> SourceSummary in
            let docs = bySource[source] ?? []
            var counts: [String: Int] = [:]
            for doc in docs { for (kind, n) in doc.findingCounts { counts[kind, default: 0] += n } }
            let n = Double(max(1, docs.count))
            return SourceSummary(
                source: source, documentCount: docs.count,
                meanRepetition: Rounding.round(docs.reduce(0) { $0 + $1.scores.repetition } / n),
                meanTemplate: Rounding.round(docs.reduce(0) { $0 + $1.scores.template } / n),
                maxRepetition: docs.map(\.scores.repetition).max() ?? 0, findingCounts: counts,
                flaggedDocuments: style.flagged[source] ?? 0,
                repeatedPhrases: Array((style.phrases[source] ?? []).prefix(Self.maxSourcePhrases)))
        }
        return summaries.sorted {
            let a = $0.meanRepetition + $0.meanTemplate, b = $1.meanRepetition + $1.meanTemplate
            return a != b ? a > b : $0.source < $1.source
        }
    }

    private func sortedFindings() -> [Finding] {
        var order: [String: Int] = [:]
        for document in corpus.documents where order[document.id] == nil { order[document.id] = document.inputIndex }
        return findings.sorted { a, b in
            let da = order[a.documentID] ?? .max, db = order[b.documentID] ?? .max
            if da != db { return da < db }
            if a.location != b.location { return a.location < b.location }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.message < b.message
        }
    }
}
