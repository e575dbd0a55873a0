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
    public func analyze(_ documents: [Document]) -> AnalysisReport {
        let corpus = CorpusBuilder.build(documents)
        var detector = RewriteDetector(corpus: corpus, options: options)
        let rewrites = detector.run()
        let (rewriteFindings, clusters) = RewriteFindings(corpus: corpus, result: rewrites, options: options).make()
        var assembler = ReportAssembler(corpus: corpus, options: options, rewrites: rewrites)
        assembler.findings += rewriteFindings
        assembler.clusters = clusters
        return assembler.assemble()
    }
}
