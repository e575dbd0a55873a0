import SitegenCore

/// Claim chains: collects statements, matches their nodes, builds the per-document and site claim graphs, and
/// reports restated chains, circular chains and unsupported causal claims.
struct ClaimAnalysis {
    let corpus: Corpus
    let options: AnalysisOptions

    /// What the claim analysis produces.
    struct Result {
        var findings: [Finding] = []
        var siteGraph = ClaimGraph()
        var documentGraphs: [ClaimGraph] = []
    }

    func run() -> Result {
        let statements = ClaimCollector(corpus: corpus).statements()
        var index = ClaimNodeIndex(threshold: options.nodeMatch, statements: statements)
        let sequences = statements.map { index.ids(for: $0.nodes) }
        let builder = ClaimGraphBuilder(corpus: corpus, statements: statements, sequences: sequences, index: index)
        var byDocument = [[Int]](repeating: [], count: corpus.documents.count)
        for (s, statement) in statements.enumerated() {
            byDocument[Int(corpus.passages[statement.passage].document)].append(s)
        }
        var result = Result()
        // "Because" explanations only take part in cycles; graphs, restatements and support are about claims.
        let isClaim = statements.map { !$0.isExplanation }
        result.siteGraph = builder.graph(statements.indices.filter { isClaim[$0] }, siteWide: true)
        result.documentGraphs = byDocument.map { builder.graph($0.filter { isClaim[$0] }, siteWide: false) }
        let context = ClaimFindingContext(corpus: corpus, statements: statements, sequences: sequences)
        let claimIndices = statements.indices.filter { isClaim[$0] }
        let claimContext = ClaimFindingContext(
            corpus: corpus, statements: claimIndices.map { statements[$0] }, sequences: claimIndices.map { sequences[$0] })
        result.findings += RestatedChainFinder(context: claimContext, options: options).findings()
        for (docIndex, subset) in byDocument.enumerated() {
            let graph = subset.allSatisfy({ isClaim[$0] }) ? result.documentGraphs[docIndex] : builder.graph(subset, siteWide: false)
            result.findings += CycleFinder(context: context).findings(subset, graph: graph)
        }
        if options.reportUnsupportedClaims { result.findings += unsupported(claimIndices.map { statements[$0] }, context: claimContext) }
        return result
    }

    /// One finding per passage whose claims have no citation, link or footnote beside them.
    private func unsupported(_ statements: [ClaimStatement], context: ClaimFindingContext) -> [Finding] {
        var reported = Set<Int>()
        var findings: [Finding] = []
        for statement in statements {
            let passage = corpus.passages[statement.passage]
            guard passage.kind != .heading, passage.kind != .blockHeading, !passage.hasSupport,
                  reported.insert(statement.passage).inserted else { continue }
            var evidence = FindingEvidence()
            evidence.chain = statement.nodes.map(\.text)
            findings.append(Finding(
                kind: .unsupportedCausalClaim, severity: .note,
                message: "causal claim “\(Self.shorten(statement.text))” has no citation or link in its paragraph",
                location: passage.location, documentID: context.documentID(statement), sectionID: context.sectionID(statement),
                evidence: evidence))
        }
        return findings
    }

    static func shorten(_ text: String, limit: Int = 120) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
