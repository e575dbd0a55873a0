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
    /// Replace an output folder that holds files sitegen did not make (never the source, Content/ or Themes/).
    public var force: Bool
    /// How long a build waits for another build of the same output folder to finish before refusing.
    public var lockTimeout: TimeInterval

    /// Use the build cache under `.sitegen/build/`: skip a build whose inputs did not change, and write only the
    /// outputs whose bytes changed. Off, every build is a clean build (`--no-cache`).
    public var useCache: Bool

    /// What a long-running process keeps between builds of this site (`sitegen serve`); used with `useCache`.
    public var session: BuildSession?

    /// Creates options; `output` defaults to `Site/` under the source.
    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, strict: Bool = false, now: Date = Date(),
                force: Bool = false, lockTimeout: TimeInterval = 600, useCache: Bool = false, session: BuildSession? = nil) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("Site")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.now = now
        self.force = force
        self.lockTimeout = lockTimeout
        self.useCache = useCache
        self.session = session
    }
}
