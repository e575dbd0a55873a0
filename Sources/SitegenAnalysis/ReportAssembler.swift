import SitegenCore

/// Puts the detectors' output together into a report in a deterministic order.
struct ReportAssembler {
    let corpus: Corpus
    let options: AnalysisOptions
    let rewrites: RewriteResult
    var findings: [Finding] = []
    var clusters: [RewriteCluster] = []

    init(corpus: Corpus, options: AnalysisOptions, rewrites: RewriteResult) {
        self.corpus = corpus
        self.options = options
        self.rewrites = rewrites
    }

    func assemble() -> AnalysisReport {
        AnalysisReport(documents: [], findings: sortedFindings(), rewriteClusters: clusters, sources: [], claimGraph: ClaimGraph())
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
