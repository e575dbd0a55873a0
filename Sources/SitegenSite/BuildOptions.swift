import Foundation

/// What `sitegen build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site root (holds sitegen.yml, Content/, Themes/).
    public var source: URL
    /// The output folder, replaced atomically at the end of a successful build.
    public var output: URL
    /// Include drafts and future-dated posts.
    public var includeDrafts: Bool
    /// Overrides `base_url` from sitegen.yml (e.g. for previews).
    public var baseURL: String?
    /// Treat warnings about citations and cross-references as errors.
    public var strict: Bool
    /// The time that decides which posts are "future"; fixed in tests.
    public var now: Date
    /// Use the build cache under `.sitegen/build/`: skip a build whose inputs did not change, and write only the
    /// outputs whose bytes changed. Off, every build is a clean build (`--no-cache`).
    public var useCache: Bool

    /// Creates options; `output` defaults to `Site/` under the source.
    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, strict: Bool = false, now: Date = Date(),
                useCache: Bool = false) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("Site")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.now = now
        self.useCache = useCache
    }
}
