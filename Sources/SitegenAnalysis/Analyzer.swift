import SitegenCore

/// The analysis engine: finds rewritten and templated sections, label scaffolding, restated and circular claim
/// chains, and scores each document for repetition and templating. Pure and deterministic: the same documents
/// in the same order give the same report.
public struct Analyzer: Sendable {
    /// The thresholds.
    public var options: AnalysisOptions

    /// Creates an analyzer.
    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// Analyses `documents` together (rewrites and templates are found within and across them).
    ///
    /// `sources` names each document's source (parallel to `documents`): posts of one source are scored
    /// together and source-level repetition is learned per source. When nil, `SourceNaming.source(of:)` decides
    /// (a feed's entries, a site's posts, a folder's files).
    public func analyze(_ documents: [Document], sources: [String]? = nil) -> AnalysisReport {
        let corpus = CorpusBuilder.build(documents, sources: sources)
        var detector = RewriteDetector(corpus: corpus, options: options)
        let rewrites = detector.run()
        var assembler = ReportAssembler(corpus: corpus, options: options, rewrites: rewrites)
        let (rewriteFindings, clusters) = RewriteFindings(corpus: corpus, result: rewrites, options: options).make()
        assembler.findings += rewriteFindings
        assembler.clusters = clusters
        var signals = initialSignals(corpus)
        assembler.findings += DuplicateParagraphDetector(corpus: corpus, options: options, rewrites: rewrites).detect(signals: &signals)
        assembler.findings += LabelScaffoldingDetector(corpus: corpus, options: options).detect(signals: &signals)
        assembler.findings += HeadingPatternDetector(corpus: corpus, options: options).detect(signals: &signals)
        let (metrics, metricFindings) = MetricFindings(corpus: corpus, options: options).detect(signals: &signals)
        assembler.findings += metricFindings
        assembler.metrics = metrics
        let style = SourceStyleDetector(corpus: corpus, options: options).detect(signals: &signals)
        assembler.findings += style.findings
        assembler.style = style
        let claims = ClaimAnalysis(corpus: corpus, options: options).run()
        assembler.findings += claims.findings
        assembler.claims = claims
        assembler.signals = signals
        return assembler.assemble()
    }

    private func initialSignals(_ corpus: Corpus) -> [DocumentSignals] {
        var signals = [DocumentSignals](repeating: DocumentSignals(), count: corpus.documents.count)
        for passage in corpus.passages where passage.kind == .paragraph || passage.kind == .listItem {
            signals[Int(passage.document)].proseLines += 1
        }
        return signals
    }
}
