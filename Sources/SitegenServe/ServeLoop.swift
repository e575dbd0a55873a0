import Foundation
import ServiceLifecycle
import SitegenCore
import SitegenSite

/// The service beside the HTTP server: once the server listens it builds, then watches and rebuilds after each
/// settled burst of changes, publishing every result to open pages; it stops the watcher and closes every
/// event stream on shutdown.
final class ServeLoop: Service, @unchecked Sendable {
    let options: ServeOptions
    let hub: ReloadHub
    let state: ServeState
    let reporter: ServeReporter
    private let (origins, originContinuation) = AsyncStream<String>.makeStream()
    private let (signals, signalContinuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    private let buffer = ChangeBuffer()
    private let lock = NSLock()
    private var buildNumber = 0

    init(options: ServeOptions, hub: ReloadHub, state: ServeState, reporter: ServeReporter) {
        self.options = options
        self.hub = hub
        self.state = state
        self.reporter = reporter
    }

    /// Called once the server listens: the origin is only known then when the port was 0.
    func serverStarted(origin: String) {
        originContinuation.yield(origin)
        originContinuation.finish()
    }

    func run() async throws {
        let watcher = FileWatchers.make(WatchTargets(root: options.source, extraFiles: Self.extraFiles(options.source)),
                                        polling: options.forcePolling, log: reporter.log)
        await withGracefulShutdownHandler {
            var iterator = origins.makeAsyncIterator()
            guard let origin = await iterator.next() else { return }
            let build = PreviewBuild(options: options, origin: origin)
            // Watch before the first build, so an edit saved while it runs is not missed.
            do {
                try watcher.start { [buffer, signalContinuation] paths in
                    buffer.add(paths)
                    signalContinuation.yield()
                }
            } catch {
                reporter.log("cannot watch the site's files: \(error); pages will not reload")
            }
            await rebuild(build, changed: [])
            await withTaskGroup(of: Void.self) { group in
                group.addTask { [hub] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(15))
                        hub.ping()
                    }
                }
                for await _ in signals {
                    while buffer.quietFor < options.debounce {
                        try? await Task.sleep(for: options.debounce - buffer.quietFor)
                    }
                    let paths = buffer.take()
                    if !paths.isEmpty { await rebuild(build, changed: paths) }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: { [originContinuation, signalContinuation] in
            originContinuation.finish()
            signalContinuation.finish()
        }
        watcher.stop()
        hub.finishAll()
    }

    private func rebuild(_ build: PreviewBuild, changed: [String]) async {
        let number = lock.withLock { buildNumber += 1; return buildNumber }
        let basePath = PreviewBuild.basePath(root: options.source)
        state.basePath = basePath
        let started = ContinuousClock.now
        let outcome = await build.run(basePath: basePath)
        let elapsed = ContinuousClock.now - started
        switch outcome {
        case .built(let summary):
            reporter.built(summary, number, changed, elapsed, build.origin + basePath)
            hub.publish(.reload(build: number))
            await build.persist()
        case .failed(let error):
            reporter.failed(error, number)
            hub.publish(.failed(build: number, BuildFailure(error)))
        }
    }

    /// Bibliography and style files named in sitegen.yml, relative to the root (they are relative to Content/).
    static func extraFiles(_ root: URL) -> [String] {
        guard let config = try? SiteConfigLoader.load(root: root).config else { return [] }
        return (config.bibliography + [config.csl].compactMap { $0 }).map { "Content/" + $0 }
    }
}
