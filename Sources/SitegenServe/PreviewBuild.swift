import Foundation
import SitegenCore
import SitegenSite

/// One build of the previewed site into `.sitegen/serve/site`, with the local address as base URL (keeping
/// the sub-path of the configured `base_url`).
struct PreviewBuild: Sendable {
    let options: ServeOptions
    /// `http://127.0.0.1:1111`, no trailing slash.
    let origin: String
    /// The parsed site and caches kept in memory from one build to the next.
    let session = BuildSession()

    /// The outcome of one build.
    enum Outcome: Sendable {
        case built(BuildSummary)
        case failed(SitegenError)
    }

    /// The path part of the configured `base_url` (`/blog/`), or `/`.
    static func basePath(root: URL) -> String {
        guard let loaded = try? SiteConfigLoader.load(root: root), let url = URL(string: loaded.config.baseURL) else { return "/" }
        let path = url.path
        if path.isEmpty || path == "/" { return "/" }
        return (path.hasPrefix("/") ? "" : "/") + (path.hasSuffix("/") ? path : path + "/")
    }

    /// Writes the disk cache the last build left to write (after pages were told to reload).
    func persist() async {
        let session = self.session
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                session.persist()
                continuation.resume()
            }
        }
    }

    /// Builds once; runs off the async executor because the build is blocking and uses every core.
    func run(basePath: String) async -> Outcome {
        let build = BuildOptions(source: options.source, output: options.outputFolder, includeDrafts: options.includeDrafts,
                                 baseURL: origin + basePath, useCache: true, session: session)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                do {
                    try FileManager.default.createDirectory(at: options.workFolder, withIntermediateDirectories: true)
                    continuation.resume(returning: .built(try SiteBuilder(options: build).build()))
                } catch let error as SitegenError {
                    continuation.resume(returning: .failed(error))
                } catch {
                    continuation.resume(returning: .failed(SitegenError(String(describing: error))))
                }
            }
        }
    }
}
