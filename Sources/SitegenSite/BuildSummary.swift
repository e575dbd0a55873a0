import Foundation
import SitegenCore

/// What a build did: counts, timings per step, and every diagnostic.
public struct BuildSummary: Sendable {
    /// One named step with its wall time and the processor time the whole process spent in it.
    public struct Step: Sendable {
        /// The step's name, e.g. "parse".
        public var name: String
        /// Seconds it took.
        public var seconds: Double
        /// User and system CPU seconds of the process during the step (all threads): on a busy machine a steadier
        /// measure of the step's work than its wall time.
        public var cpuSeconds: Double = 0
    }

    /// HTML pages written.
    public var pages = 0
    /// Feed files written (RSS, Atom, JSON Feed, site-wide and per tag).
    public var feeds = 0
    /// All files written.
    public var files = 0
    /// The steps in order.
    public var steps: [Step] = []
    /// The CSL style files citations were formatted with (`embedded chicago-author-date.csl`, `Content/apa.csl`).
    public var citationStyles: [String] = []
    /// True when the build cache showed nothing changed, so the output was left as it was.
    public var upToDate = false
    /// Output files hard-linked unchanged from the previous output (with the build cache).
    public var unchanged = 0
    /// Posts and pages whose rendered content came from the build cache instead of being rendered again.
    public var contentReused = 0
    /// Templated outputs linked from the previous output without being rendered (their `RenderKey` was unchanged).
    public var renderSkipped = 0
    /// Source files whose parsed page was kept from the previous build of the same `BuildSession`.
    public var parseReused = 0
    /// The earliest date of a post left out for being in the future.
    public var nextScheduledPost: Date?
    /// Bytes of the search index (`search/index.json`); nil when the site has no search (`search: false`) or the
    /// build was up to date.
    public var searchIndexBytes: Int?
    /// Bytes of all HTML pages written, the measure the search index is compared with.
    public var htmlBytes = 0
    /// Warnings and notes (errors end the build with a thrown SitegenError).
    public var diagnostics: [Diagnostic] = []

    /// Total wall time of all steps.
    public var seconds: Double { steps.reduce(0) { $0 + $1.seconds } }
}
