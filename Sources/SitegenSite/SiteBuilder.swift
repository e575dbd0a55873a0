import Foundation
import SitegenCore
import SitegenRender

/// The build pipeline: a flat list of named, timed steps from `Content/` to an atomically replaced `Site/`.
public struct SiteBuilder: Sendable {
    /// What to build and where.
    public let options: BuildOptions
    private let progress: (@Sendable (String) -> Void)?

    /// Creates a builder; `progress` is told the name of each step as it starts.
    public init(options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Runs the whole build. Throws a `SitegenError` carrying every error diagnostic when the build fails;
    /// the previous output is then left as it was.
    public func build() throws -> BuildSummary {
        var run = BuildRun(options: options, progress: progress)
        do {
            try run.execute()
        } catch let error as SitegenError {
            run.output?.discard()
            // Warnings found before the failure (an unknown config key, say) are part of the story.
            var failure = error.adding(context: "build failed")
            failure.diagnostics = run.summary.diagnostics + failure.diagnostics
            throw failure
        } catch {
            run.output?.discard()
            throw SitegenError(String(describing: error)).adding(context: "build failed")
        }
        return run.summary
    }
}
