/// The result of `Analyzer.analyze`: findings, per-document scores and metrics, rewrite clusters, per-source
/// summaries and claim graphs. Codable; the JSON schema is documented in docs/analysis.md.
public struct AnalysisReport: Hashable, Sendable, Codable {
    /// The schema version; bumped when a field changes meaning or disappears.
    public static let currentSchemaVersion = 1

    /// The schema version of this report.
    public var schemaVersion: Int
    /// One entry per analysed document, in input order.
    public var documents: [DocumentReport]
    /// All findings, ordered by document (input order), then location, kind and message.
    public var findings: [Finding]
    /// Groups of sections that say the same thing, the earliest first.
    public var rewriteClusters: [RewriteCluster]
    /// One entry per source (file or feed), most repetitive first.
    public var sources: [SourceSummary]
    /// The claim graph of all documents together.
    public var claimGraph: ClaimGraph

    /// Creates a report.
    public init(
        documents: [DocumentReport] = [], findings: [Finding] = [], rewriteClusters: [RewriteCluster] = [],
        sources: [SourceSummary] = [], claimGraph: ClaimGraph = ClaimGraph()
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.documents = documents
        self.findings = findings
        self.rewriteClusters = rewriteClusters
        self.sources = sources
        self.claimGraph = claimGraph
    }

    /// The findings of one kind.
    public func findings(of kind: FindingKind) -> [Finding] {
        findings.filter { $0.kind == kind }
    }

    /// The findings in one document.
    public func findings(in documentID: String) -> [Finding] {
        findings.filter { $0.documentID == documentID }
    }
}
