import SitegenAnalysis
import SitegenCore

/// Everything rules read: the documents, their raw text, the analysis report, other stages' diagnostics,
/// the bibliography and feeds seen while loading, and what the built site will contain.
public struct LintContext: Sendable {
    /// Every document of the site (and of linted feeds); analysis compares them all.
    public var documents: [Document] {
        didSet { linkProblems = LinkProblemsCache() }
    }
    /// Raw source text by path (the same paths as `Document.sourcePath` and `SourceLocation.file`).
    public var sources: [String: String] {
        didSet { linkProblems = LinkProblemsCache() }
    }
    /// The analysis report over `documents`; the linter runs the analyser when a rule needs it and this is nil.
    public var analysis: AnalysisReport?
    /// Diagnostics from other stages (parsing, bibliography, feeds) that adapter rules pick up by rule id.
    public var stageDiagnostics: [Diagnostic]
    /// The bibliography entries available to the documents, when one was loaded.
    public var bibliography: BibliographyInventory?
    /// Feeds read for this run and whether they were well formed.
    public var feeds: [FeedStatus]
    /// Output pages, their anchors and other files, for link checks; nil skips link rules.
    public var site: SiteInventory? {
        didSet { linkProblems = LinkProblemsCache() }
    }
    /// The link rules' shared findings; renewed whenever the documents or the site change.
    var linkProblems = LinkProblemsCache()

    /// Creates a context.
    public init(
        documents: [Document], sources: [String: String] = [:], analysis: AnalysisReport? = nil,
        stageDiagnostics: [Diagnostic] = [], bibliography: BibliographyInventory? = nil, feeds: [FeedStatus] = [],
        site: SiteInventory? = nil
    ) {
        self.documents = documents
        self.sources = sources
        self.analysis = analysis
        self.stageDiagnostics = stageDiagnostics
        self.bibliography = bibliography
        self.feeds = feeds
        self.site = site
    }

    /// The stage diagnostics carrying `ruleID`.
    public func stageDiagnostics(rule ruleID: String) -> [Diagnostic] {
        stageDiagnostics.filter { $0.ruleID == ruleID }
    }

    /// The document a cross-post reference names: by id (`posts/2024-05-01-x`), or as the build also accepts,
    /// by section and file slug (`posts/x`).
    public func document(id: String) -> Document? {
        documents.first { $0.id == id } ?? documents.first { document in
            guard case .file(let path) = document.origin else { return false }
            let section = path.hasPrefix("Content/posts/") ? "posts" : "pages"
            return "\(section)/\(SiteInventory.fileSlug(path))" == id
        }
    }
}
