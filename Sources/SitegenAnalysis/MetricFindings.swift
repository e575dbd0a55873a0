import SitegenCore

/// Computes each document's text metrics and reports `ngram-repetition` (Gopher thresholds exceeded) and
/// `stock-phrases` (density at or above the threshold).
struct MetricFindings {
    let corpus: Corpus
    let options: AnalysisOptions

    func detect(signals: inout [DocumentSignals]) -> (metrics: [TextMetrics], findings: [Finding]) {
        let matcher = StockPhraseMatcher()
        let corpus = self.corpus
        let measured = Parallel.chunks(corpus.documents.count) { range in
            var calculator = RepetitionMetrics()
            return range.map { docIndex in
                (calculator.metrics(corpus, document: docIndex), matcher.counts(corpus, document: docIndex))
            }
        }.flatMap { $0 }
        var all: [TextMetrics] = []
        var findings: [Finding] = []
        for (docIndex, (measuredMetrics, stock)) in measured.enumerated() {
            var metrics = measuredMetrics
            let total = stock.counts.values.reduce(0, +)
            metrics.stockPhraseCount = total
            metrics.stockPhraseDensity = Rounding.round(metrics.wordCount > 0 ? Double(total) * 1000 / Double(metrics.wordCount) : 0)
            signals[docIndex].stockPhraseCount = total
            signals[docIndex].stockPhraseDensity = metrics.stockPhraseDensity
            all.append(metrics)
            guard metrics.wordCount >= options.minWordsForMetrics else { continue }
            if let finding = ngramFinding(docIndex, metrics) { findings.append(finding) }
            if let finding = stockFinding(docIndex, metrics, counts: stock.counts, first: stock.first) { findings.append(finding) }
        }
        return (all, findings)
    }

    /// Metrics above their Gopher thresholds.
    func exceeded(_ metrics: TextMetrics) -> [MetricValue] {
        let g = options.gopher
        var values = [
            MetricValue(name: "duplicate-line-fraction", value: metrics.duplicateLineFraction, threshold: g.duplicateLineFraction),
            MetricValue(name: "duplicate-line-char-fraction", value: metrics.duplicateLineCharacterFraction,
                        threshold: g.duplicateLineCharacterFraction),
            MetricValue(name: "duplicate-paragraph-fraction", value: metrics.duplicateParagraphFraction,
                        threshold: g.duplicateParagraphFraction),
            MetricValue(name: "duplicate-paragraph-char-fraction", value: metrics.duplicateParagraphCharacterFraction,
                        threshold: g.duplicateParagraphCharacterFraction),
        ]
        for (i, value) in metrics.topNgramCharacterShare.enumerated() where i < g.topNgramCharacterShare.count {
            values.append(MetricValue(name: "top-\(value.n)gram-char-share", value: value.value, threshold: g.topNgramCharacterShare[i]))
        }
        for (i, value) in metrics.duplicateNgramCharacterFraction.enumerated() where i < g.duplicateNgramCharacterFraction.count {
            values.append(MetricValue(name: "duplicate-\(value.n)gram-char-fraction", value: value.value,
                                      threshold: g.duplicateNgramCharacterFraction[i]))
        }
        return values.filter { $0.value > $0.threshold }
    }

    private func ngramFinding(_ docIndex: Int, _ metrics: TextMetrics) -> Finding? {
        let over = exceeded(metrics)
        guard let worst = over.max(by: { $0.value / $0.threshold < $1.value / $1.threshold }) else { return nil }
        var evidence = FindingEvidence()
        evidence.metrics = over
        let message = "\(over.count) repetition metrics exceed the gopher thresholds "
            + "(\(worst.name) \(Rounding.format(worst.value)) > \(Rounding.format(worst.threshold)))"
        return Finding(
            kind: .ngramRepetition, severity: .warning, message: message, location: documentLocation(docIndex),
            documentID: corpus.documents[docIndex].id, evidence: evidence)
    }

    private func stockFinding(_ docIndex: Int, _ metrics: TextMetrics, counts: [Int: Int], first: Int?) -> Finding? {
        guard metrics.stockPhraseCount >= options.minStockPhrases, metrics.stockPhraseDensity >= options.stockPhraseDensity
        else { return nil }
        let uses = counts.map { LabelUse(text: StockPhraseMatcher.texts[$0.key], count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        var evidence = FindingEvidence()
        evidence.phrases = uses
        evidence.density = metrics.stockPhraseDensity
        evidence.occurrences = metrics.stockPhraseCount
        let shown = uses.prefix(3).map { "“\($0.text)”" }.joined(separator: ", ")
        let message = "\(metrics.stockPhraseCount) stock phrases (\(Rounding.format(metrics.stockPhraseDensity)) per 1000 words), "
            + "e.g. \(shown)"
        let location = first.map { corpus.passages[$0].location } ?? documentLocation(docIndex)
        return Finding(
            kind: .stockPhrases, severity: .note, message: message, location: location,
            documentID: corpus.documents[docIndex].id, evidence: evidence)
    }

    private func documentLocation(_ docIndex: Int) -> SourceLocation {
        let record = corpus.documents[docIndex]
        return record.passageStart < record.passageEnd ? corpus.passages[Int(record.passageStart)].location : record.location
    }
}
